import Foundation
import KubeAPI

/// The deletion and finalizer rules of the Kubernetes API server, for every resource.
///
/// - `delete`: checks preconditions (uid, resourceVersion → `conflict`); sets the garbage-collection
///   finalizers the propagation policy asks for (`foregroundDeletion` for Foreground, `orphan` for
///   Orphan, neither for Background); an object without finalizers goes at once, otherwise it
///   gets `deletionTimestamp` and `deletionGracePeriodSeconds` (its generation is bumped) and
///   stays until its finalizers are removed. Namespaces additionally get `status.phase:
///   Terminating` and the `kubernetes` entry in `spec.finalizers` (see `NamespaceController`).
/// - `update`: `deletionTimestamp` and `deletionGracePeriodSeconds` cannot be changed by an update;
///   no finalizer can be added to an object being deleted (`invalid`); an update that leaves an
///   object being deleted without finalizers deletes it.
/// Pods are deleted gracefully (see `PodGracefulDeletion`): a bound, running pod is marked and
/// kept for its grace period; an update removing its last finalizer deletes it only once its
/// grace period is 0. Other resources have no grace period.
public struct ObjectLifecycle: Sendable {
    public let store: ObjectStore
    public let clock: WallClock

    public init(store: ObjectStore, clock: @escaping WallClock = { Date() }) {
        self.store = store
        self.clock = clock
    }

    /// The outcome of a delete.
    public enum DeleteOutcome: Sendable {
        /// The object is gone; this is its final state.
        case deleted(StoredObject)
        /// The object is marked for deletion and waits for finalizers; this is its new state.
        case pending(StoredObject)

        public var object: StoredObject {
            switch self {
            case .deleted(let o), .pending(let o): return o
            }
        }
    }

    /// Deletes the object at `key` under `options` (see the type's rules).
    /// - Throws: `notFound`; `conflict` for a failed precondition; `internal`.
    public func delete(_ resource: ResourceID, _ key: ObjectKey, options: DeleteOptions = DeleteOptions()) throws(StoreError) -> DeleteOutcome {
        let decide = deletionDecision(resource, key, options)
        do {
            return Self.outcome(try store.mutate(resource, key, decide))
        } catch {
            throw Self.storeError(error, "delete of \(resource) \"\(key.name)\"")
        }
    }

    /// The read-modify-write decision of a delete.
    func deletionDecision(_ resource: ResourceID, _ key: ObjectKey, _ options: DeleteOptions) -> (StoredObject) throws -> StoreMutation {
        let now = clock()
        return { current in
            try Self.checkPreconditions(options, current, resource, key)
            return Self.deletion(of: current.object, resource: resource, options: options, now: now)
        }
    }

    static func outcome(_ result: MutationResult) -> DeleteOutcome {
        result.change == .deleted ? .deleted(result.object) : .pending(result.object)
    }

    static func storeError(_ error: any Error, _ operation: String) -> StoreError {
        (error as? StoreError) ?? StoreError(.internal, "\(operation) failed: \(error)")
    }

    /// Replaces the object at `key` with `transform(current)` under the update rules (see the
    /// type). `result.change` is `.deleted` when the update removed the last finalizer of an object
    /// being deleted. Other update semantics (conflict on a stale resourceVersion, no-op when equal)
    /// are `ObjectStore.update`'s.
    /// - Throws: `notFound`, `conflict`, `invalid` (new finalizer on an object being deleted),
    ///   `internal`, or what `transform` throws.
    public func update(_ resource: ResourceID, _ key: ObjectKey, _ transform: (StoredObject) throws -> JSONValue) throws -> MutationResult {
        try store.mutate(resource, key) { current in try Self.updateDecision(current, resource, key, transform) }
    }

    /// The read-modify-write decision of an update.
    static func updateDecision(
        _ current: StoredObject, _ resource: ResourceID, _ key: ObjectKey, _ transform: (StoredObject) throws -> JSONValue
    ) throws -> StoreMutation {
        var next = try transform(current)
        try enforceUpdateRules(old: current.object, new: &next, resource: resource, key: key)
        if next.isBeingDeleted, next.finalizers.isEmpty, specFinalizers(of: next, resource).isEmpty,
            resource != PodGracefulDeletion.pods || (next.deletionGracePeriodSeconds ?? 0) == 0
        {
            return .delete(finalState: next)
        }
        return .replace(next)
    }

    /// Applies the update rules to `new` given `old`: carries the deletion fields over and refuses
    /// new finalizers on an object being deleted.
    /// - Throws: `StoreError.invalid` with the API server's message.
    public static func enforceUpdateRules(old: JSONValue, new: inout JSONValue, resource: ResourceID, key: ObjectKey) throws(StoreError) {
        guard new.objectValue != nil else { return }
        for field in ["deletionTimestamp", "deletionGracePeriodSeconds"] {
            new[path: ["metadata", field]] = old["metadata"]?[field].flatMap { $0.isNull ? nil : $0 }
        }
        guard old.isBeingDeleted else { return }
        let existing = Set(old.finalizers)
        let added = new.finalizers.filter { !existing.contains($0) }
        if !added.isEmpty {
            let list = added.map { "\"\($0)\"" }.joined(separator: ", ")
            throw StoreError(
                .invalid,
                "\(new.kindName(resource)) \"\(key.name)\" is invalid: metadata.finalizers: Forbidden: no new finalizers can be added if the object is being deleted, found new finalizers []string{\(list)}"
            )
        }
    }

    static func checkPreconditions(_ options: DeleteOptions, _ current: StoredObject, _ resource: ResourceID, _ key: ObjectKey) throws(StoreError) {
        if let uid = options.preconditionUID, uid != (current.object.uid ?? "") {
            throw StoreError(
                .conflict,
                "Operation cannot be fulfilled on \(resource) \"\(key.name)\": Precondition failed: UID in precondition: \(uid), UID in object meta: \(current.object.uid ?? "")"
            )
        }
        if let version = options.preconditionResourceVersion, version != String(current.resourceVersion) {
            throw StoreError(
                .conflict,
                "Operation cannot be fulfilled on \(resource) \"\(key.name)\": Precondition failed: ResourceVersion in precondition: \(version), ResourceVersion in object meta: \(current.resourceVersion)"
            )
        }
    }

    /// What deleting `object` means: the finalizers the policy implies, then removal, marking, or
    /// (for a pod) graceful marking.
    static func deletion(of object: JSONValue, resource: ResourceID, options: DeleteOptions, now: Date) -> StoreMutation {
        var next = object
        if resource == PodGracefulDeletion.pods {
            switch PodGracefulDeletion.decision(for: object, options: options, now: now) {
            case .pending:
                return .keep
            case .mark(let deadline, let grace):
                // Finalizers cannot change once a deletion is under way.
                if !object.isBeingDeleted {
                    next.finalizers = garbageCollectionFinalizers(object.finalizers, policy: options.propagationPolicy)
                }
                if grace == 0, next.finalizers.isEmpty { return .delete(finalState: nil) }
                if !object.isBeingDeleted { bumpGeneration(&next) }
                next[path: ["metadata", "deletionTimestamp"]] = .string(Timestamp.format(deadline))
                next[path: ["metadata", "deletionGracePeriodSeconds"]] = .int(grace)
                return next == object ? .keep : .replace(next)
            case .notGraceful:
                break
            }
        }
        next.finalizers = garbageCollectionFinalizers(object.finalizers, policy: options.propagationPolicy)
        let isNamespace = resource == NamespaceController.namespaces
        if isNamespace {
            var spec = specFinalizers(of: next, resource)
            if !spec.contains(Finalizer.kubernetes) { spec.append(Finalizer.kubernetes) }
            next[path: ["spec", "finalizers"]] = .array(spec.map { .string($0) })
            next[path: ["status", "phase"]] = "Terminating"
        }
        if next.finalizers.isEmpty, specFinalizers(of: next, resource).isEmpty {
            return .delete(finalState: nil)
        }
        if !next.isBeingDeleted {
            bumpGeneration(&next)
            next[path: ["metadata", "deletionTimestamp"]] = .string(Timestamp.format(now))
            next[path: ["metadata", "deletionGracePeriodSeconds"]] = .int(options.gracePeriodSeconds ?? 0)
        }
        return next == object ? .keep : .replace(next)
    }

    /// Marking an object for deletion bumps its generation, when it tracks one.
    private static func bumpGeneration(_ object: inout JSONValue) {
        if let generation = object["metadata"]?["generation"]?.intValue, generation > 0 {
            object[path: ["metadata", "generation"]] = .int(generation + 1)
        }
    }

    /// `finalizers` with `orphan`/`foregroundDeletion` set as `policy` asks; without a policy the
    /// ones already present stay.
    static func garbageCollectionFinalizers(_ finalizers: [String], policy: DeleteOptions.PropagationPolicy?) -> [String] {
        guard let policy else { return finalizers }
        var result = finalizers.filter { $0 != Finalizer.orphan && $0 != Finalizer.foregroundDeletion }
        switch policy {
        case .background: break
        case .foreground: result.append(Finalizer.foregroundDeletion)
        case .orphan: result.append(Finalizer.orphan)
        }
        return result
    }

    /// A namespace's `spec.finalizers` (empty for other resources).
    static func specFinalizers(of object: JSONValue, _ resource: ResourceID) -> [String] {
        guard resource == NamespaceController.namespaces else { return [] }
        return object["spec"]?["finalizers"]?.arrayValue?.compactMap(\.stringValue) ?? []
    }
}

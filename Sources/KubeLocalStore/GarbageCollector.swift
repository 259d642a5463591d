import KubeAPI
import Synchronization

/// Deletes objects whose owners are gone and carries out Foreground and Orphan deletions.
///
/// From the stream of every change it keeps the ownership graph (owners by the uids in
/// `metadata.ownerReferences`) and, for each affected object:
/// - a dependent none of whose owners exists any more is deleted (Background, or Foreground when
///   an owner is being deleted in the foreground); references to missing owners are removed
///   from a dependent that still has a live owner;
/// - an owner being deleted with the `orphan` finalizer has its references removed from every
///   dependent, then the finalizer;
/// - an owner being deleted with the `foregroundDeletion` finalizer has its dependents deleted and
///   loses the finalizer once no dependent with `blockOwnerDeletion: true` is left.
/// Removing the last finalizer deletes the owner (`ObjectLifecycle.update`). Every write is guarded
/// by the resource version the decision was based on, so a stale view never wins. Start with
/// `run()` (until the task is cancelled or `stop()`), or step with `runUntilIdle()`.
public final class GarbageCollector: Sendable {
    public let lifecycle: ObjectLifecycle
    private let feed: ChangeFeed
    private let graph = Mutex(OwnershipGraph())

    public init(lifecycle: ObjectLifecycle) {
        self.lifecycle = lifecycle
        self.feed = ChangeFeed(store: lifecycle.store)
    }

    /// Processes changes until the task is cancelled or `stop()` is called.
    /// - Throws: `gone` if it fell behind the history; `internal` when the store fails.
    public func run() async throws(StoreError) {
        try await feed.run { events, resync throws(StoreError) in try handle(events, resync: resync) }
    }

    /// Processes every change available now and the changes that causes, then returns.
    public func runUntilIdle() throws(StoreError) {
        try feed.drain { events, resync throws(StoreError) in try handle(events, resync: resync) }
    }

    public func stop() { feed.stop() }

    private func handle(_ events: [StoreEvent], resync: Bool) throws(StoreError) {
        let (dirty, view) = graph.withLock { graph -> (Set<NodeID>, OwnershipGraph) in
            if resync { graph = OwnershipGraph() }
            var dirty = Set<NodeID>()
            for event in events { dirty.formUnion(graph.apply(event)) }
            return (dirty, graph)
        }
        for id in dirty.sorted() {
            guard let node = view.nodes[id] else { continue }
            try ignoringRaces { () throws(StoreError) in try reconcileAsDependent(node, view) }
            try ignoringRaces { () throws(StoreError) in try reconcileAsOwner(node, view) }
        }
    }

    /// Not found and conflict mean the view was stale: a later change brings the object back here.
    private func ignoringRaces(_ body: () throws(StoreError) -> Void) throws(StoreError) {
        do {
            try body()
        } catch where error.reason == .notFound || error.reason == .conflict {
            return
        }
    }

    private func reconcileAsDependent(_ node: GraphNode, _ view: OwnershipGraph) throws(StoreError) {
        guard !node.owners.isEmpty else { return }
        var live = 0
        var foregroundOwner = false
        var invalid = Set<String>()
        for reference in node.owners {
            switch view.owner(reference.uid) {
            case .absent:
                invalid.insert(reference.uid)
            case .deletingInForeground:
                foregroundOwner = true
                invalid.insert(reference.uid)
            case .live:
                live += 1
            }
        }
        if live == 0 {
            guard !node.beingDeleted else { return }
            let hasDependents = node.uid.map { !(view.dependents[$0] ?? []).isEmpty } ?? false
            let policy: DeleteOptions.PropagationPolicy = foregroundOwner && hasDependents ? .foreground : .background
            _ = try lifecycle.delete(
                node.id.resource, node.id.key,
                options: DeleteOptions(propagationPolicy: policy, preconditionResourceVersion: String(node.resourceVersion)))
        } else if !invalid.isEmpty {
            try update(node) { object in
                Self.removingOwnerReferences(invalid, from: object)
            }
        }
    }

    private func reconcileAsOwner(_ node: GraphNode, _ view: OwnershipGraph) throws(StoreError) {
        guard node.beingDeleted, let uid = node.uid else { return }
        let dependents = (view.dependents[uid] ?? []).sorted().compactMap { view.nodes[$0] }
        if node.finalizers.contains(Finalizer.orphan) {
            for dependent in dependents {
                try ignoringRaces { () throws(StoreError) in
                    try update(dependent, requireVersion: false) { object in Self.removingOwnerReferences([uid], from: object) }
                }
            }
            try update(node) { object in
                var next = object
                next.finalizers = object.finalizers.filter { $0 != Finalizer.orphan }
                return next
            }
        } else if node.finalizers.contains(Finalizer.foregroundDeletion) {
            let blocked = dependents.contains { dependent in
                dependent.owners.contains { $0.uid == uid && $0.blockOwnerDeletion }
            }
            guard !blocked else { return }
            try update(node) { object in
                var next = object
                next.finalizers = object.finalizers.filter { $0 != Finalizer.foregroundDeletion }
                return next
            }
        }
    }

    /// Updates `node` through the lifecycle rules, guarded by the version the view saw.
    private func update(_ node: GraphNode, requireVersion: Bool = true, _ change: @escaping (JSONValue) -> JSONValue) throws(StoreError) {
        do {
            _ = try lifecycle.update(node.id.resource, node.id.key) { current in
                if requireVersion, current.resourceVersion != node.resourceVersion { throw StoreError.conflict(node.id.resource, node.id.key) }
                return change(current.object)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.internal, "garbage collector update of \(node.id.resource) \(node.id.key) failed: \(error)")
        }
    }

    static func removingOwnerReferences(_ uids: Set<String>, from object: JSONValue) -> JSONValue {
        guard let references = object["metadata"]?["ownerReferences"]?.arrayValue else { return object }
        let kept = references.filter { reference in !uids.contains(reference["uid"]?.stringValue ?? "") }
        var next = object
        next[path: ["metadata", "ownerReferences"]] = kept.isEmpty ? nil : .array(kept)
        return next
    }
}

import KubeAPI
import Synchronization

/// Empties and then removes namespaces being deleted.
///
/// A namespace being deleted (`deletionTimestamp` set, `kubernetes` in `spec.finalizers`; see
/// `ObjectLifecycle.delete`) has every object in it deleted (Background propagation, through the
/// lifecycle rules, so objects with finalizers wait for them). Once no object of any resource is
/// left in it, the `kubernetes` entry is removed from `spec.finalizers`, and the namespace itself
/// goes when no finalizer remains. Start with `run()` (until the task is cancelled or `stop()`),
/// or step with `runUntilIdle()`.
public final class NamespaceController: Sendable {
    /// The core `namespaces` resource.
    public static let namespaces = ResourceID(group: "", resource: "namespaces")

    public let lifecycle: ObjectLifecycle
    private let feed: ChangeFeed
    /// Namespaces seen being deleted and not yet gone.
    private let terminating = Mutex<Set<String>>([])

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

    /// The message of the Forbidden error for a create in a terminating namespace.
    public static func terminatingMessage(_ namespace: String) -> String {
        "unable to create new content in namespace \(namespace) because it is being terminated"
    }

    /// A Namespace about to be created, with `spec.finalizers: [kubernetes]` and
    /// `status.phase: Active` as the API server sets them.
    public static func prepareForCreate(_ namespace: JSONValue) -> JSONValue {
        var object = namespace
        guard object.objectValue != nil else { return object }
        if object["spec"]?["finalizers"] == nil { object[path: ["spec", "finalizers"]] = [.string(Finalizer.kubernetes)] }
        object[path: ["status", "phase"]] = "Active"
        return object
    }

    private func handle(_ events: [StoreEvent], resync: Bool) throws(StoreError) {
        var dirty = Set<String>()
        terminating.withLock { terminating in
            if resync { terminating = [] }
            for event in events {
                if event.resource == Self.namespaces {
                    let name = event.key.name
                    if event.type != .deleted, event.object.summary.beingDeleted {
                        terminating.insert(name)
                        dirty.insert(name)
                    } else if event.type == .deleted {
                        terminating.remove(name)
                    }
                } else if terminating.contains(event.key.namespace) {
                    dirty.insert(event.key.namespace)
                }
            }
        }
        for namespace in dirty.sorted() { try reconcile(namespace) }
    }

    private func reconcile(_ namespace: String) throws(StoreError) {
        let store = lifecycle.store
        guard let current = store.get(Self.namespaces, ObjectKey(name: namespace)), current.object.isBeingDeleted,
            ObjectLifecycle.specFinalizers(of: current.object, Self.namespaces).contains(Finalizer.kubernetes)
        else { return }
        var remaining = 0
        for resource in store.resources() where resource != Self.namespaces {
            let items = try store.list(resource, namespace: namespace, limit: nil, continueToken: nil, where: { _ in true }).items
            for item in items {
                remaining += 1
                guard !item.object.isBeingDeleted, let name = item.object["metadata"]?["name"]?.stringValue else { continue }
                do {
                    if case .deleted = try lifecycle.delete(resource, ObjectKey(namespace: namespace, name: name)) { remaining -= 1 }
                } catch where error.reason == .notFound || error.reason == .conflict {
                    continue
                }
            }
        }
        guard remaining == 0 else { return }
        do {
            _ = try store.mutate(Self.namespaces, ObjectKey(name: namespace)) { current in
                var next = current.object
                let spec = ObjectLifecycle.specFinalizers(of: next, Self.namespaces).filter { $0 != Finalizer.kubernetes }
                next[path: ["spec", "finalizers"]] = .array(spec.map { .string($0) })
                if spec.isEmpty, next.finalizers.isEmpty { return .delete(finalState: next) }
                return .replace(next)
            }
        } catch let error as StoreError where error.reason == .notFound {
            return
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.internal, "finalizing namespace \(namespace) failed: \(error)")
        }
    }
}

extension ObjectStore {
    /// Whether `namespace` is being deleted: the API server then refuses to create objects in it
    /// (403 Forbidden, `NamespaceController.terminatingMessage`).
    public func isTerminating(namespace: String) -> Bool {
        guard let object = get(NamespaceController.namespaces, ObjectKey(name: namespace))?.object else { return false }
        return object.isBeingDeleted || object["status"]?["phase"]?.stringValue == "Terminating"
    }
}

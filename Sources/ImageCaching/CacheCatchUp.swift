import ControllerRuntime

/// Read-your-writes for a reconcile: after a write, wait (bounded) until the informer cache shows
/// it, so the next reconcile plans from the state this one left instead of a stale copy (which
/// would write again and conflict). A cache that does not catch up in time is not an error: the
/// watch event still arrives and reconciles the affected keys.
enum CacheCatchUp {
    static let limit: Duration = .seconds(5)

    /// Waits until `store` has seen `resourceVersion`.
    static func wait<Object>(for resourceVersion: String?, in store: Store<Object>) async {
        guard let resourceVersion else { return }
        await withTaskGroup(of: Void.self) { group in
            group.addTask { try? await store.waitForResourceVersion(resourceVersion) }
            group.addTask { try? await Task.sleep(for: limit) }
            await group.next()
            group.cancelAll()
        }
    }

    /// Waits until `store` no longer holds `key`, woken by the informer's deletions in `removals`.
    static func waitForRemoval<Object>(of key: ObjectKey, in store: Store<Object>, removals: RemovalWaiters) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await removals.waitForRemoval(of: key) { store.get(key) != nil } }
            group.addTask { try? await Task.sleep(for: limit) }
            await group.next()
            group.cancelAll()
        }
    }
}

/// A write applied in memory and waiting for its database transaction (database mode only).
struct PendingWrite: Sendable {
    let resource: ResourceID
    let key: ObjectKey
    let resourceVersion: Int64
    /// The new JSON, or `nil` for a deletion.
    let json: [UInt8]?
}

/// Everything the store guards with its one lock.
struct StoreState: Sendable {
    var tables: [ResourceID: ResourceTable] = [:]
    /// The last assigned resource version (the store's revision).
    var resourceVersion: Int64
    /// The last version watchers may see: committed to the database, or equal to
    /// `resourceVersion` in memory mode.
    var publishedVersion: Int64
    var history: EventHistory
    var watchers: [UInt64: WatcherState] = [:]
    var nextWatcherID: UInt64 = 1
    var pending: [PendingWrite] = []
    /// Whether the committer was woken for the pending writes and has not taken them yet.
    var committerSignalled = false
    /// Writers waiting for their version to be committed, in no particular order.
    var commitWaiters: [(Int64, CommitWaiter)] = []
    /// Set when a database transaction failed: every later write is refused with it.
    var failure: StoreError?

    init(resourceVersion: Int64, historyLimit: Int) {
        self.resourceVersion = resourceVersion
        self.publishedVersion = resourceVersion
        self.history = EventHistory(limit: historyLimit, nextVersion: resourceVersion + 1)
    }

    /// Makes versions up to `version` visible to watchers; returns the continuations of waiting
    /// watchers that have something to read now (to resume after the lock is released).
    mutating func publish(through version: Int64) -> [CheckedContinuation<Void, Never>] {
        guard version > publishedVersion else { return [] }
        let first = publishedVersion + 1
        publishedVersion = version
        var wake: [CheckedContinuation<Void, Never>] = []
        for (id, watcher) in watchers {
            guard let waiter = watcher.waiter else { continue }
            var relevant = first < history.oldestVersion
            var v = max(first, history.oldestVersion)
            while !relevant, v <= version {
                if let entry = history[v], watcher.matches(entry.event) { relevant = true }
                v += 1
            }
            if relevant {
                wake.append(waiter)
                watchers[id]?.waiter = nil
            }
        }
        return wake
    }
}

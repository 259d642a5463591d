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
    /// Whether stored objects keep their parsed form next to their JSON.
    var retainParsedObjects = false
    /// Set when a database transaction failed: every later write is refused with it.
    var failure: StoreError?

    init(resourceVersion: Int64, historyLimit: Int) {
        self.resourceVersion = resourceVersion
        self.publishedVersion = resourceVersion
        self.history = EventHistory(limit: historyLimit, nextVersion: resourceVersion + 1)
    }

    /// Appends to the history. When that evicts the oldest change, watchers about to read it that
    /// do not want it step past it, so only a watcher that would lose a change it wants fails.
    mutating func appendToHistory(_ entry: HistoryEntry) {
        if history.count == history.limit, let evicted = history[history.oldestVersion] {
            let version = history.oldestVersion
            for (id, watcher) in watchers where watcher.cursor == version && !watcher.matches(evicted.event) {
                watchers[id]?.cursor = version + 1
            }
        }
        history.append(entry)
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
            // Skip what this watcher does not want, so a quiet filtered watcher never trails.
            var cursor = max(first, watcher.cursor)
            var relevant = cursor < history.oldestVersion
            while !relevant, cursor <= version {
                if let entry = history[cursor], watcher.matches(entry.event) { relevant = true } else { cursor += 1 }
            }
            watchers[id]?.cursor = max(watcher.cursor, min(cursor, version + 1))
            if relevant {
                wake.append(waiter)
                watchers[id]?.waiter = nil
            }
        }
        return wake
    }
}

import Synchronization

/// What a watcher's consumer gets from one look at the history.
enum WatchFetch: Sendable {
    /// Events in version order (possibly empty after a long run of unrelated changes), and the
    /// version through which the history was examined (every wanted change up to it is included).
    case events([StoreEvent], through: Int64)
    /// Nothing published yet past the watcher's cursor, which is caught up `through` this version.
    case wait(through: Int64)
    /// The watch was cancelled.
    case ended
    case failed(StoreError)
}

extension ObjectStore {
    /// The most events one fetch returns, and the most history entries it examines, so that a
    /// watcher never holds the lock for long.
    private static var fetchBatch: Int { 256 }
    private static var fetchScan: Int64 { 4096 }

    /// Watches changes of `resource` (every resource when nil) in `namespace` (every namespace when
    /// nil) with a version greater than `after` (from now when nil), in version order.
    ///
    /// Watchers read the shared history at their own pace, so writers never wait for them. A
    /// watcher with more than `bufferLimit` unread changes it wants (not counting the backlog it
    /// asked to replay), or whose next change left the history, ends with a `gone` error; the
    /// client resumes from the last version it saw. `after: 0` replays from the beginning when the
    /// history still holds it.
    /// - Throws: `gone` when `after` is older than the retained history.
    public func watch(_ resource: ResourceID?, namespace: String?, after resourceVersion: Int64?, bufferLimit: Int = 10_000) throws(StoreError) -> StoreWatch {
        let (id, after) = try state.withLock { s throws(StoreError) -> (UInt64, Int64) in
            let cursor: Int64
            if let resourceVersion {
                guard resourceVersion + 1 >= s.history.oldestVersion else {
                    throw StoreError.tooOld(resourceVersion, oldest: s.history.oldestVersion - 1)
                }
                cursor = resourceVersion + 1
            } else {
                cursor = s.resourceVersion + 1
            }
            let backlog = max(0, s.publishedVersion - cursor + 1)
            let id = s.nextWatcherID
            s.nextWatcherID += 1
            s.watchers[id] = WatcherState(
                resource: resource, namespace: namespace, cursor: cursor, allowedLag: Int64(max(1, bufferLimit)) + backlog)
            return (id, cursor - 1)
        }
        return StoreWatch(store: self, id: id, after: after)
    }

    /// The number of open watches.
    public var watcherCount: Int { state.withLock { $0.watchers.count } }

    /// The next events for watcher `id`.
    func fetch(_ id: UInt64) -> WatchFetch {
        state.withLock { s -> WatchFetch in
            guard var watcher = s.watchers[id] else { return .ended }
            if watcher.cancelled {
                s.watchers[id] = nil
                return .ended
            }
            if watcher.cursor > s.publishedVersion { return .wait(through: watcher.cursor - 1) }
            if watcher.cursor < s.history.oldestVersion {
                s.watchers[id] = nil
                return .failed(StoreError.tooOld(watcher.cursor - 1, oldest: s.history.oldestVersion - 1))
            }
            if s.publishedVersion - watcher.cursor + 1 > watcher.allowedLag {
                // Behind in versions; count only the changes this watcher wants.
                var pending: Int64 = 0
                var version = watcher.cursor
                while version <= s.publishedVersion, pending <= watcher.allowedLag {
                    if let entry = s.history[version], watcher.matches(entry.event) { pending += 1 }
                    version += 1
                }
                if pending > watcher.allowedLag {
                    s.watchers[id] = nil
                    return .failed(
                        StoreError(
                            .gone,
                            "watcher fell more than \(watcher.allowedLag) changes behind; resume from resource version \(watcher.cursor - 1)"))
                }
            }
            var events: [StoreEvent] = []
            let end = min(s.publishedVersion, watcher.cursor + Self.fetchScan - 1)
            while watcher.cursor <= end, events.count < Self.fetchBatch {
                if let entry = s.history[watcher.cursor], watcher.matches(entry.event) { events.append(entry.event) }
                watcher.cursor += 1
            }
            s.watchers[id] = watcher
            return .events(events, through: watcher.cursor - 1)
        }
    }

    /// Suspends until watcher `id` may have events, is cancelled, or its task is cancelled.
    func waitForEvents(_ id: UInt64) async {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let resumeNow = state.withLock { s -> Bool in
                    guard var watcher = s.watchers[id], !watcher.cancelled, watcher.cursor > s.publishedVersion else { return true }
                    if Task.isCancelled {
                        watcher.cancelled = true
                        s.watchers[id] = watcher
                        return true
                    }
                    watcher.waiter = continuation
                    s.watchers[id] = watcher
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            endWatcher(id, remove: false)
        }
    }

    /// Ends watcher `id`: wakes its consumer, and forgets it now (`remove`) or at its next fetch.
    func endWatcher(_ id: UInt64, remove: Bool) {
        let waiter = state.withLock { s -> CheckedContinuation<Void, Never>? in
            guard var watcher = s.watchers[id] else { return nil }
            let waiter = watcher.waiter
            watcher.waiter = nil
            watcher.cancelled = true
            s.watchers[id] = remove ? nil : watcher
            return waiter
        }
        waiter?.resume()
    }
}

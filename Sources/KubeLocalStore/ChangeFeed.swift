import Synchronization

/// The event source of a store controller: every object present when it starts (as ADDED events,
/// flagged as a resync) followed by every later change, consumed either continuously (`run`) or
/// up to the present (`drain`, for deterministic tests and for callers that step the controller).
///
/// A controller that falls so far behind that its next change left the store's history is
/// resynchronised: it gets a fresh snapshot flagged as a resync and must rebuild its view.
final class ChangeFeed: Sendable {
    /// A batch of changes; `resync` means the batch is a full snapshot replacing earlier state.
    typealias Handler = (_ events: [StoreEvent], _ resync: Bool) throws(StoreError) -> Void

    private struct State {
        var watch: StoreWatch
        var snapshot: [StoreEvent]?
        var stopped = false
    }

    private let store: ObjectStore
    private let state: Mutex<State>

    init(store: ObjectStore) {
        self.store = store
        let (events, watch) = store.snapshotAndWatch()
        state = Mutex(State(watch: watch, snapshot: events))
    }

    /// Calls `handle` with batches of changes until `stop()` or the task is cancelled.
    /// - Throws: what `handle` throws.
    func run(_ handle: Handler) async throws(StoreError) {
        while true {
            let (watch, snapshot) = state.withLock { ($0.watch, $0.snapshot.take()) }
            if let snapshot { try handle(snapshot, true) }
            var iterator = watch.makeAsyncIterator()
            do throws(StoreError) {
                while let event = try await iterator.next() {
                    try handle([event] + (try watch.available()), false)
                }
                return
            } catch where error.reason == .gone {
                guard resubscribe() else { return }
            }
        }
    }

    /// Calls `handle` with the changes available now, repeatedly, until none are left (including
    /// the ones `handle`'s own writes cause).
    func drain(_ handle: Handler) throws(StoreError) {
        while true {
            let (watch, snapshot) = state.withLock { ($0.watch, $0.snapshot.take()) }
            if let snapshot { try handle(snapshot, true) }
            let batch: [StoreEvent]
            do throws(StoreError) {
                batch = try watch.available()
            } catch where error.reason == .gone {
                guard resubscribe() else { return }
                continue
            }
            if batch.isEmpty { return }
            try handle(batch, false)
        }
    }

    func stop() {
        let watch = state.withLock { s -> StoreWatch in
            s.stopped = true
            return s.watch
        }
        watch.cancel()
    }

    /// Replaces the watch with a fresh snapshot and watch; false once stopped.
    private func resubscribe() -> Bool {
        let (events, watch) = store.snapshotAndWatch()
        let replaced = state.withLock { s -> Bool in
            guard !s.stopped else { return false }
            s.watch = watch
            s.snapshot = events
            return true
        }
        if !replaced { watch.cancel() }
        return replaced
    }
}

extension ObjectStore {
    /// Every current object as an ADDED event, and a watch of every change after them, atomically.
    func snapshotAndWatch() -> ([StoreEvent], StoreWatch) {
        let (events, id, after) = state.withLock { s -> ([StoreEvent], UInt64, Int64) in
            var events: [StoreEvent] = []
            for (resource, table) in s.tables.sorted(by: { $0.key < $1.key }) {
                for key in table.sortedKeys {
                    if let object = table[key] { events.append(StoreEvent(type: .added, resource: resource, key: key, object: object)) }
                }
            }
            let id = s.nextWatcherID
            s.nextWatcherID += 1
            s.watchers[id] = WatcherState(resource: nil, namespace: nil, cursor: s.resourceVersion + 1, allowedLag: Int64.max / 2)
            return (events, id, s.resourceVersion)
        }
        return (events, StoreWatch(store: self, id: id, after: after))
    }
}

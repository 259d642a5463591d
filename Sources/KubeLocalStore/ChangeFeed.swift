import Synchronization

/// The event source of a store controller: every object present when it was made (as ADDED
/// events) followed by every later change, consumed either continuously (`run`) or up to the
/// present (`drain`, for deterministic tests and for callers that step the controller).
final class ChangeFeed: Sendable {
    private let watch: StoreWatch
    private let initial: Mutex<[StoreEvent]?>

    init(store: ObjectStore) {
        let (events, watch) = store.snapshotAndWatch()
        self.watch = watch
        self.initial = Mutex(events)
    }

    /// Calls `handle` with batches of events until the feed is stopped or the task cancelled.
    /// - Throws: `gone` when the controller fell behind the history, or what `handle` throws.
    func run(_ handle: ([StoreEvent]) throws(StoreError) -> Void) async throws(StoreError) {
        if let first = initial.withLock({ $0.take() }) { try handle(first) }
        var iterator = watch.makeAsyncIterator()
        while let event = try await iterator.next() {
            try handle([event] + (try watch.available()))
        }
    }

    /// Calls `handle` with the events available now, repeatedly, until none are left (including
    /// the ones `handle`'s own writes cause).
    func drain(_ handle: ([StoreEvent]) throws(StoreError) -> Void) throws(StoreError) {
        if let first = initial.withLock({ $0.take() }) { try handle(first) }
        while true {
            let batch = try watch.available()
            if batch.isEmpty { return }
            try handle(batch)
        }
    }

    func stop() { watch.cancel() }
}

extension ObjectStore {
    /// Every current object as an ADDED event, and a watch of every change after them, atomically.
    func snapshotAndWatch() -> ([StoreEvent], StoreWatch) {
        let (events, id) = state.withLock { s -> ([StoreEvent], UInt64) in
            var events: [StoreEvent] = []
            for (resource, table) in s.tables.sorted(by: { $0.key < $1.key }) {
                for key in table.sortedKeys {
                    if let object = table[key] { events.append(StoreEvent(type: .added, resource: resource, key: key, object: object)) }
                }
            }
            let id = s.nextWatcherID
            s.nextWatcherID += 1
            s.watchers[id] = WatcherState(resource: nil, namespace: nil, cursor: s.resourceVersion + 1, allowedLag: Int64.max / 2)
            return (events, id)
        }
        return (events, StoreWatch(store: self, id: id))
    }
}

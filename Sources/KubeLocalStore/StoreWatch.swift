/// A stream of store changes in resource-version order (see `ObjectStore.watch`).
///
/// Iterate it once. The stream ends (returns nil) after `cancel()`, when the iterating task is
/// cancelled, or when the watch is deallocated; it throws `StoreError` (`gone`) when the consumer
/// fell too far behind or its next change left the history. Dropping the watch releases it.
public final class StoreWatch: AsyncSequence, Sendable {
    public typealias Element = StoreEvent
    public typealias Failure = StoreError

    let store: ObjectStore
    let id: UInt64

    init(store: ObjectStore, id: UInt64) {
        self.store = store
        self.id = id
    }

    deinit { store.endWatcher(id, remove: true) }

    /// Ends the stream; a consumer waiting in `next()` gets nil.
    public func cancel() { store.endWatcher(id, remove: false) }

    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(watch: self) }

    /// Reads the watch's events in batches.
    public struct AsyncIterator: AsyncIteratorProtocol {
        let watch: StoreWatch
        var buffer: [StoreEvent] = []
        var index = 0

        public mutating func next() async throws(StoreError) -> StoreEvent? {
            while true {
                if index < buffer.count {
                    defer { index += 1 }
                    return buffer[index]
                }
                if Task.isCancelled {
                    watch.cancel()
                    return nil
                }
                switch watch.store.fetch(watch.id) {
                case .events(let events):
                    buffer = events
                    index = 0
                case .wait:
                    await watch.store.waitForEvents(watch.id)
                case .ended:
                    return nil
                case .failed(let error):
                    throw error
                }
            }
        }
    }

    /// The events available now without waiting, for a consumer that does not iterate: empty
    /// when caught up or ended.
    /// - Throws: like iteration.
    func available() throws(StoreError) -> [StoreEvent] {
        var out: [StoreEvent] = []
        while true {
            switch store.fetch(id) {
            case .events(let events): out += events
            case .wait, .ended: return out
            case .failed(let error): throw error
            }
        }
    }
}

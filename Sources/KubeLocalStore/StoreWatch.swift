import Synchronization

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
    private let delivered: Atomic<Int64>

    init(store: ObjectStore, id: UInt64, after: Int64) {
        self.store = store
        self.id = id
        self.delivered = Atomic(after)
    }

    /// The version through which the iterator has returned every change of this watch: all of
    /// them were returned before its current (or next) `next()` call began. A consumer that
    /// forwards each event before asking for the next can announce this version (a watch
    /// BOOKMARK) after what it forwarded, even when none of the changes concerned it. Starts at
    /// the version the watch started after; never decreases.
    public var progress: Int64 { delivered.load(ordering: .acquiring) }

    deinit { store.endWatcher(id, remove: true) }

    /// Ends the stream; a consumer waiting in `next()` gets nil.
    public func cancel() { store.endWatcher(id, remove: false) }

    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(watch: self) }

    /// Reads the watch's events in batches.
    public struct AsyncIterator: AsyncIteratorProtocol {
        let watch: StoreWatch
        var buffer: [StoreEvent] = []
        var index = 0
        /// The version the buffered events were fetched through.
        var bufferThrough: Int64?

        public mutating func next() async throws(StoreError) -> StoreEvent? {
            while true {
                if index < buffer.count {
                    defer { index += 1 }
                    return buffer[index]
                }
                if let through = bufferThrough {
                    // every buffered event was returned before this call
                    watch.delivered.store(through, ordering: .releasing)
                    bufferThrough = nil
                }
                if Task.isCancelled {
                    watch.cancel()
                    return nil
                }
                switch watch.store.fetch(watch.id) {
                case .events(let events, let through):
                    buffer = events
                    index = 0
                    bufferThrough = through
                case .wait(let through):
                    watch.delivered.store(through, ordering: .releasing)
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
            case .events(let events, _): out += events
            case .wait, .ended: return out
            case .failed(let error): throw error
            }
        }
    }
}

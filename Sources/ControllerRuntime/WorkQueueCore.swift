import DequeModule
import HeapModule

/// The work queue's bookkeeping as a pure value (time is passed in): what `WorkQueue` runs under
/// its lock, and what its tests drive directly.
///
/// Guarantees, as client-go's queue:
/// - a key is in the ready queue at most once (`add` of a queued key is a no-op);
/// - a key is handed out to at most one processor at a time: a key added while it is being
///   processed is marked dirty and re-queued by `done`, never handed out concurrently;
/// - a delayed add keeps only the earliest deadline per key;
/// - after `shutDown`, adds are ignored but already queued keys are still handed out (drain).
public struct WorkQueueCore<Key: Hashable & Sendable>: Sendable {
    private struct Delayed: Comparable, Sendable {
        var deadline: Duration
        var sequence: UInt64
        var key: Key
        static func < (a: Self, b: Self) -> Bool { (a.deadline, a.sequence) < (b.deadline, b.sequence) }
        static func == (a: Self, b: Self) -> Bool { a.sequence == b.sequence }
    }

    @usableFromInline var ready = Deque<Key>()
    /// Keys needing processing: queued, or added again while processing.
    @usableFromInline var dirty = Set<Key>()
    /// Keys being processed, with the time processing started.
    @usableFromInline var processing: [Key: Duration] = [:]
    /// When each queued key entered the ready queue.
    @usableFromInline var enqueuedAt: [Key: Duration] = [:]
    private var delayed = Heap<Delayed>()
    private var delayedDeadline: [Key: Duration] = [:]
    private var sequence: UInt64 = 0
    public private(set) var isShuttingDown = false

    public init() {}

    /// Keys waiting in the ready queue.
    @inlinable
    public var depth: Int { ready.count }
    /// Keys being processed.
    @inlinable
    public var processingCount: Int { processing.count }
    /// Keys waiting for a delayed add.
    public var delayedCount: Int { delayedDeadline.count }
    /// The earliest pending delayed-add deadline.
    public var nextDeadline: Duration? { delayedDeadline.isEmpty ? nil : delayed.min?.deadline }

    /// Marks `key` as needing work. Returns whether it entered the ready queue (false when it was
    /// already queued, is being processed — it will be re-queued by `done` — or after shutdown).
    @discardableResult
    @inlinable
    public mutating func add(_ key: Key, now: Duration) -> Bool {
        guard !isShuttingDown, !dirty.contains(key) else { return false }
        dirty.insert(key)
        guard processing[key] == nil else { return false }
        ready.append(key)
        enqueuedAt[key] = now
        return true
    }

    /// Adds `key` once `now + delay` is reached (at once if `delay <= 0`). Returns whether the key
    /// entered the ready queue now. A later deadline for a key already waiting is ignored.
    @discardableResult
    public mutating func add(_ key: Key, after delay: Duration, now: Duration) -> Bool {
        guard !isShuttingDown else { return false }
        guard delay > .zero else { return add(key, now: now) }
        let deadline = now + delay
        if let existing = delayedDeadline[key], existing <= deadline { return false }
        delayedDeadline[key] = deadline
        sequence &+= 1
        delayed.insert(Delayed(deadline: deadline, sequence: sequence, key: key))
        return false
    }

    /// Moves every delayed key whose deadline has passed into the ready queue; returns how many
    /// entered it.
    @discardableResult
    public mutating func promoteDue(now: Duration) -> Int {
        var entered = 0
        while let first = delayed.min, first.deadline <= now {
            _ = delayed.removeMin()
            guard delayedDeadline[first.key] == first.deadline else { continue }  // superseded
            delayedDeadline.removeValue(forKey: first.key)
            if add(first.key, now: now) { entered += 1 }
        }
        return entered
    }

    /// Takes the next ready key and marks it processing; returns it with how long it waited.
    @inlinable
    public mutating func pop(now: Duration) -> (key: Key, waited: Duration)? {
        guard let key = ready.popFirst() else { return nil }
        dirty.remove(key)
        processing[key] = now
        let waited = enqueuedAt.removeValue(forKey: key).map { now - $0 } ?? .zero
        return (key, waited)
    }

    /// Ends processing of `key`; re-queues it if it was added meanwhile. Returns how long it was
    /// processed (nil if it was not being processed) and whether it was re-queued.
    @discardableResult
    @inlinable
    public mutating func done(_ key: Key, now: Duration) -> (worked: Duration?, requeued: Bool) {
        let started = processing.removeValue(forKey: key)
        guard dirty.contains(key) else { return (started.map { now - $0 }, false) }
        ready.append(key)
        enqueuedAt[key] = now
        return (started.map { now - $0 }, true)
    }

    /// Stops accepting adds and drops pending delayed adds; queued keys can still be popped.
    public mutating func shutDown() {
        isShuttingDown = true
        delayed = Heap()
        delayedDeadline = [:]
    }

    /// Total seconds of work in progress and the longest single one, at `now`.
    public func unfinishedWork(now: Duration) -> (total: Duration, longest: Duration) {
        var total = Duration.zero
        var longest = Duration.zero
        for started in processing.values {
            let elapsed = now - started
            total += elapsed
            longest = max(longest, elapsed)
        }
        return (total, longest)
    }
}

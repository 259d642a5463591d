import DequeModule
import HeapModule

/// The discrete-event engine's core: a time-ordered queue of pending events with a simulated clock.
///
/// Guarantees:
/// - events come out in time order; events at the same time come out in the order they were
///   scheduled (a sequence number breaks ties), so a run is fully deterministic;
/// - the clock only moves forward: `schedule` throws `SchedulingError.inThePast` for a time before
///   `now`;
/// - `scheduleInOrder` is an optimisation for streams scheduled in time order (traffic arrivals):
///   such events wait in a FIFO instead of the heap, and delivery order is exactly the same as if
///   they had been scheduled with `schedule`;
/// - the run halts at `haltTime`: events scheduled after it are dropped (counted in
///   `droppedAfterHalt`) and `next()` returns nil once the next event would be after it, or after
///   `halt()` was called.
public struct EventQueue<Event> {
    struct Entry: Comparable {
        var time: Int64
        var sequence: UInt64
        var event: Event

        init(time: Int64, sequence: UInt64, event: Event) {
            self.time = time
            self.sequence = sequence
            self.event = event
        }
        static func < (lhs: Entry, rhs: Entry) -> Bool {
            lhs.time != rhs.time ? lhs.time < rhs.time : lhs.sequence < rhs.sequence
        }
        static func == (lhs: Entry, rhs: Entry) -> Bool {
            lhs.time == rhs.time && lhs.sequence == rhs.sequence
        }
    }

    var heap = Heap<Entry>()
    /// Events scheduled with `scheduleInOrder`, ascending by (time, sequence).
    var ordered = Deque<Entry>()
    var sequence: UInt64 = 0
    /// The current simulated time: the time of the last event returned by `next()`.
    public private(set) var now: SimTime = .zero
    /// No event after this time is ever delivered.
    public let haltTime: SimTime
    /// True once `halt()` was called or the queue ran past `haltTime`.
    public private(set) var isHalted = false
    /// Events delivered by `next()` so far.
    public private(set) var delivered = 0
    /// Events that were scheduled after `haltTime` and so will never be delivered.
    public private(set) var droppedAfterHalt = 0

    public init(haltTime: SimTime) { self.haltTime = haltTime }

    /// Events waiting to be delivered.
    public var pendingCount: Int { heap.count + ordered.count }

    /// Schedules `event` at `time` (which may equal `now`).
    /// - Throws: `SchedulingError.inThePast` when `time < now`.
    public mutating func schedule(_ event: Event, at time: SimTime) throws(SchedulingError) {
        guard time >= now else { throw .inThePast(scheduled: time, now: now) }
        guard time <= haltTime else {
            droppedAfterHalt += 1
            return
        }
        heap.insert(Entry(time: time.nanoseconds, sequence: sequence, event: event))
        sequence &+= 1
    }

    /// Schedules `event` at `time` like `schedule(_:at:)`, cheaper when calls come in
    /// non-decreasing time order (an out-of-order call still works, through the heap).
    /// - Throws: `SchedulingError.inThePast` when `time < now`.
    public mutating func scheduleInOrder(_ event: Event, at time: SimTime) throws(SchedulingError) {
        guard time >= now else { throw .inThePast(scheduled: time, now: now) }
        guard time <= haltTime else {
            droppedAfterHalt += 1
            return
        }
        let entry = Entry(time: time.nanoseconds, sequence: sequence, event: event)
        if let last = ordered.last, last.time > entry.time {
            heap.insert(entry)
        } else {
            ordered.append(entry)
        }
        sequence &+= 1
    }

    /// Schedules `event` `delay` after `now`; a negative delay counts as zero.
    public mutating func schedule(_ event: Event, after delay: SimTime) {
        let time = delay.nanoseconds > 0 ? now + delay : now
        // `time >= now` holds by construction, so this cannot throw.
        try? schedule(event, at: time)
    }

    /// Removes and returns the earliest event, advancing `now` to its time; nil when the queue is
    /// empty or halted.
    public mutating func next() -> (time: SimTime, event: Event)? {
        guard !isHalted else { return nil }
        let entry: Entry
        if let first = ordered.first, heap.min.map({ first < $0 }) ?? true {
            entry = ordered.removeFirst()
        } else if let min = heap.popMin() {
            entry = min
        } else {
            return nil
        }
        now = SimTime(nanoseconds: entry.time)
        delivered += 1
        return (now, entry.event)
    }

    /// Stops the run: no further events are delivered.
    public mutating func halt() { isHalted = true }
}

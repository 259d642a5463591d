import DequeModule
import Synchronization

/// A concurrent, deduplicating, rate-limited work queue for reconcile keys (client-go's
/// rate-limiting work queue).
///
/// Guarantees (see `WorkQueueCore`): a key waits in the queue at most once; a key is never handed
/// to two workers at once — one added while it is processed runs again after `done`; delayed adds
/// keep the earliest deadline; `addRateLimited` waits the larger of the key's exponential back-off
/// and the overall token bucket; `forget` resets the key's back-off. After `shutDown`, adds are
/// ignored, `get` keeps handing out queued keys and returns `nil` once none is left, and
/// `shutDownWithDrain` also waits for keys in processing to be `done`.
///
/// Operations on a non-empty queue never suspend; `get` suspends only while the queue is empty.
public final class WorkQueue<Key: Hashable & Sendable>: Sendable {
    // The hot operations are `@inlinable` (and what they touch `@usableFromInline`) so that a
    // client module specialises the queue for its key type: called unspecialised, every operation
    // instantiates generic metadata for the key's collections, which costs several times the
    // operation itself.
    @usableFromInline
    struct State: Sendable {
        @usableFromInline var core = WorkQueueCore<Key>()
        @usableFromInline var limiter: ControllerRateLimiter<Key>
        @usableFromInline var getters = Deque<CheckedContinuation<Key?, Never>>()
        @usableFromInline var drainWaiters: [CheckedContinuation<Void, Never>] = []
        @usableFromInline var timer: Task<Void, Never>?
        @usableFromInline var timerDeadline: Duration?
    }

    @usableFromInline
    enum GetOutcome { case key(Key), finished, wait }

    @usableFromInline let state: Mutex<State>
    @usableFromInline let clock: any ControllerClock
    @usableFromInline let metrics: WorkQueueMetrics?

    /// - Parameters:
    ///   - name: the `name` dimension of the queue's metrics; nil reports no metrics.
    ///   - rateLimiter: back-off and bucket settings for `addRateLimited`.
    ///   - clock: the clock for delays and durations.
    public init(name: String? = nil, rateLimiter: RateLimiterConfiguration = .init(), clock: any ControllerClock = SystemControllerClock()) {
        state = Mutex(State(limiter: ControllerRateLimiter(rateLimiter)))
        self.clock = clock
        metrics = name.map(WorkQueueMetrics.init(name:))
    }

    /// Keys waiting in the ready queue.
    @inlinable
    public var count: Int { state.withLock { $0.core.depth } }
    /// Callers suspended in `get` waiting for a key.
    public var waitingGetters: Int { state.withLock { $0.getters.count } }
    /// Whether `shutDown` was called.
    public var isShuttingDown: Bool { state.withLock { $0.core.isShuttingDown } }

    /// Marks `key` as needing work (no-op if already queued; deferred if being processed).
    @inlinable
    public func add(_ key: Key) {
        let now = clock.now
        let handoff: (CheckedContinuation<Key?, Never>, Key)? = state.withLock { state in
            guard state.core.add(key, now: now) else { return nil }
            metrics?.recordAdded()
            return Self.handOff(&state, now: now, metrics: metrics)
        }
        if let (getter, key) = handoff { getter.resume(returning: key) }
    }

    /// Adds `key` after `delay` (at once if it is not positive).
    public func add(_ key: Key, after delay: Duration) {
        guard delay > .zero else { return add(key) }
        let now = clock.now
        state.withLock { state in
            state.core.add(key, after: delay, now: now)
            scheduleTimer(&state)
        }
    }

    /// Adds `key` after its rate-limited delay, counting a retry.
    public func addRateLimited(_ key: Key) {
        let now = clock.now
        let delay = state.withLock { $0.limiter.nextDelay(for: key, now: now) }
        metrics?.retries.increment()
        add(key, after: delay)
    }

    /// Resets `key`'s back-off (call when it was processed successfully).
    public func forget(_ key: Key) {
        state.withLock { $0.limiter.forget(key) }
    }

    /// How many times `key` was retried since it was last forgotten.
    public func retries(of key: Key) -> Int {
        state.withLock { $0.limiter.failureCount(of: key) }
    }

    /// The next key to process, which the caller must pass to `done`; `nil` once the queue is shut
    /// down and empty. Task cancellation does not end the wait: shut the queue down instead.
    @inlinable
    public func get() async -> Key? {
        let now = clock.now
        let outcome = state.withLock { state -> GetOutcome in
            if let (key, waited) = state.core.pop(now: now) {
                Self.recordPop(state.core, waited: waited, metrics: metrics)
                return .key(key)
            }
            return state.core.isShuttingDown ? .finished : .wait
        }
        switch outcome {
        case .key(let key): return key
        case .finished: return nil
        case .wait:
            return await withCheckedContinuation { continuation in
                let immediate: Key?? = state.withLock { state in
                    if let (key, waited) = state.core.pop(now: clock.now) {
                        Self.recordPop(state.core, waited: waited, metrics: metrics)
                        return .some(key)
                    }
                    if state.core.isShuttingDown { return .some(nil) }
                    state.getters.append(continuation)
                    return .none
                }
                if let immediate { continuation.resume(returning: immediate) }
            }
        }
    }

    /// Ends processing of `key`; if it was added meanwhile it is queued again.
    @inlinable
    public func done(_ key: Key) {
        let now = clock.now
        let (handoff, drained) = state.withLock { state -> ((CheckedContinuation<Key?, Never>, Key)?, [CheckedContinuation<Void, Never>]) in
            let (worked, requeued) = state.core.done(key, now: now)
            if let worked { metrics?.recordWorked(for: worked) }
            var handoff: (CheckedContinuation<Key?, Never>, Key)?
            if requeued { handoff = Self.handOff(&state, now: now, metrics: metrics) }
            metrics?.recordDepth(state.core.depth)
            var drained: [CheckedContinuation<Void, Never>] = []
            if state.core.isShuttingDown, state.core.processingCount == 0, state.core.depth == 0 {
                drained = state.drainWaiters
                state.drainWaiters = []
            }
            return (handoff, drained)
        }
        if let (getter, key) = handoff { getter.resume(returning: key) }
        for waiter in drained { waiter.resume() }
    }

    /// Stops accepting adds, drops delayed adds, and wakes idle `get` callers with `nil`.
    public func shutDown() {
        let getters = state.withLock { state -> Deque<CheckedContinuation<Key?, Never>> in
            state.core.shutDown()
            state.timer?.cancel()
            state.timer = nil
            state.timerDeadline = nil
            let getters = state.getters
            state.getters = []
            return getters
        }
        for getter in getters { getter.resume(returning: nil) }
    }

    /// `shutDown`, then waits until every queued key was handed out and every processed key is done.
    public func shutDownWithDrain() async {
        shutDown()
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let finished = state.withLock { state -> Bool in
                if state.core.processingCount == 0, state.core.depth == 0 { return true }
                state.drainWaiters.append(continuation)
                return false
            }
            if finished { continuation.resume() }
        }
    }

    /// Refreshes `workqueue_unfinished_work_seconds` and
    /// `workqueue_longest_running_processor_seconds` (call periodically).
    public func updateUnfinishedWorkMetrics() {
        guard let metrics else { return }
        let now = clock.now
        let (total, longest) = state.withLock { $0.core.unfinishedWork(now: now) }
        metrics.unfinishedWork.record(total.seconds)
        metrics.longestRunning.record(longest.seconds)
    }

    // MARK: - Internals (all called with the lock held)

    /// Pops a key for a suspended getter, if both exist.
    @inlinable
    static func handOff(_ state: inout State, now: Duration, metrics: WorkQueueMetrics?) -> (CheckedContinuation<Key?, Never>, Key)? {
        guard !state.getters.isEmpty, let (key, waited) = state.core.pop(now: now) else {
            metrics?.recordDepth(state.core.depth)
            return nil
        }
        recordPop(state.core, waited: waited, metrics: metrics)
        return (state.getters.removeFirst(), key)
    }

    @inlinable
    static func recordPop(_ core: WorkQueueCore<Key>, waited: Duration, metrics: WorkQueueMetrics?) {
        guard let metrics else { return }
        metrics.recordQueued(for: waited)
        metrics.recordDepth(core.depth)
    }

    /// Makes sure a timer task sleeps until the earliest delayed deadline.
    private func scheduleTimer(_ state: inout State) {
        guard let deadline = state.core.nextDeadline else { return }
        if let current = state.timerDeadline, current <= deadline { return }
        state.timer?.cancel()
        state.timerDeadline = deadline
        let clock = self.clock
        state.timer = Task { [weak self] in
            do { try await clock.sleep(until: deadline) } catch { return }
            self?.fireTimer()
        }
    }

    private func fireTimer() {
        let now = clock.now
        let handoffs = state.withLock { state -> [(CheckedContinuation<Key?, Never>, Key)] in
            state.timer = nil
            state.timerDeadline = nil
            let entered = state.core.promoteDue(now: now)
            metrics?.adds.increment(by: entered)
            var handoffs: [(CheckedContinuation<Key?, Never>, Key)] = []
            while let handoff = Self.handOff(&state, now: now, metrics: metrics) { handoffs.append(handoff) }
            scheduleTimer(&state)
            return handoffs
        }
        for (getter, key) in handoffs { getter.resume(returning: key) }
    }
}

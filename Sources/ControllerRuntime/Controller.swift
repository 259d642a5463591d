import KubeClient
import Logging
import Synchronization

/// Settings of a controller.
public struct ControllerOptions: Sendable {
    /// Concurrent reconciles (different keys only). Default 1, as controller-runtime.
    public var workers: Int = 1
    /// A reconcile running longer than this is cancelled and retried with back-off; nil: no limit.
    public var reconcileTimeout: Duration? = nil
    public var rateLimiter = RateLimiterConfiguration()

    public init(workers: Int = 1, reconcileTimeout: Duration? = nil, rateLimiter: RateLimiterConfiguration = .init()) {
        self.workers = workers
        self.reconcileTimeout = reconcileTimeout
        self.rateLimiter = rateLimiter
    }
}

/// Runs a `Reconciler` over a work queue of keys with N workers.
///
/// Guarantees: a key is never reconciled by two workers at once; events for a key collapse into one
/// reconcile; results are handled as the `Reconciler` contract says (thrown error → back-off,
/// `TerminalError` → no retry, `.requeue(after:)` → delayed re-run, `.done` → back-off reset; a
/// 409 Conflict is retried with back-off like an error but logged at debug level only, counted in
/// `controller_runtime_reconcile_conflicts_total` and as result `requeue`, not as an error); a
/// reconcile exceeding the timeout is cancelled and retried with back-off (the worker waits for the
/// cancelled reconcile to return, so keys still never overlap). `run` returns after `shutDown` once
/// in-flight reconciles have finished.
public final class Controller: Sendable {
    public let name: String
    public let queue: WorkQueue<ObjectKey>
    private let reconciler: any Reconciler
    private let options: ControllerOptions
    private let clock: any ControllerClock
    private let logger: Logger
    private let metrics: ControllerMetrics
    private let active = Atomic<Int>(0)

    /// - Throws: `ConfigurationError` for fewer than one worker, a non-positive timeout or an
    ///   invalid rate limiter setting.
    public init(name: String, reconciler: any Reconciler, options: ControllerOptions = .init(), clock: any ControllerClock = SystemControllerClock(), logger: Logger? = nil) throws(ConfigurationError) {
        guard options.workers >= 1 else { throw ConfigurationError(field: "workers", value: "\(options.workers)", reason: "must be at least 1") }
        if let timeout = options.reconcileTimeout, timeout <= .zero {
            throw ConfigurationError(field: "reconcileTimeout", value: "\(timeout)", reason: "must be positive")
        }
        self.name = name
        self.reconciler = reconciler
        self.options = options
        self.clock = clock
        self.logger = logger ?? Logger(label: "thaw.controller.\(name)")
        metrics = ControllerMetrics(name: name)
        queue = WorkQueue(name: name, rateLimiter: try options.rateLimiter.validated(), clock: clock)
    }

    /// Reconciles currently running.
    public var activeWorkers: Int { active.load(ordering: .relaxed) }

    /// Queues a reconcile of `key`.
    public func enqueue(_ key: ObjectKey) { queue.add(key) }

    /// Runs the workers until `shutDown`; returns when in-flight reconciles have finished.
    /// Keys still queued at shutdown are dropped, not reconciled (a restarted controller relists).
    public func run() async {
        metrics.maxConcurrent.record(options.workers)
        let reporter = Task { await self.reportUnfinishedWork() }
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<options.workers {
                group.addTask { await self.work() }
            }
        }
        reporter.cancel()
    }

    /// Stops taking new work; `run` returns once in-flight reconciles finish.
    public func shutDown() { queue.shutDown() }

    private func work() async {
        while let key = await queue.get() {
            if !queue.isShuttingDown { await process(key) }
            queue.done(key)
        }
    }

    private func reportUnfinishedWork() async {
        while !Task.isCancelled, !queue.isShuttingDown {
            queue.updateUnfinishedWorkMetrics()
            do { try await clock.sleep(for: .seconds(1)) } catch { return }
        }
    }

    private func process(_ key: ObjectKey) async {
        metrics.activeWorkers.record(active.add(1, ordering: .relaxed).newValue)
        let started = clock.now
        defer {
            metrics.time.recordDuration(clock.now - started)
            metrics.activeWorkers.record(active.subtract(1, ordering: .relaxed).newValue)
        }
        do {
            switch try await reconcileWithTimeout(key) {
            case .done:
                queue.forget(key)
                metrics.countResult("success")
            case .requeue(let delay) where delay > .zero:
                queue.forget(key)
                queue.add(key, after: delay)
                metrics.countResult("requeue_after")
            case .requeue:
                queue.addRateLimited(key)
                metrics.countResult("requeue")
            }
        } catch let error as KubeAPIError where error.isConflict {
            // Another writer got there first: expected under concurrency, so retry quietly.
            queue.addRateLimited(key)
            metrics.conflicts.increment()
            metrics.countResult("requeue")
            logger.debug("reconcile hit a conflict; requeued", metadata: ["key": "\(key)", "error": "\(error)"])
        } catch let error as TerminalError {
            queue.forget(key)
            metrics.errors.increment()
            metrics.terminalErrors.increment()
            metrics.countResult("error")
            logger.error("reconcile failed permanently; not retrying", metadata: ["key": "\(key)", "error": "\(error.underlying)"])
        } catch {
            queue.addRateLimited(key)
            metrics.errors.increment()
            metrics.countResult("error")
            logger.warning("reconcile failed; retrying with back-off", metadata: ["key": "\(key)", "error": "\(error)"])
        }
    }

    private func reconcileWithTimeout(_ key: ObjectKey) async throws -> ReconcileResult {
        guard let timeout = options.reconcileTimeout else { return try await reconciler.reconcile(key) }
        let deadline = clock.now + timeout
        return try await withThrowingTaskGroup(of: ReconcileResult?.self) { group in
            group.addTask { try await self.reconciler.reconcile(key) }
            group.addTask {
                try await self.clock.sleep(until: deadline)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let result = first else {
                throw ReconcileTimeoutError(request: key, timeout: timeout)
            }
            return result
        }
    }
}

import KubeAPI
import KubeClient
import Logging
import ServiceLifecycle
import Synchronization

/// Runs shared informers and controllers, with optional leader election, as a service.
///
/// `run`: starts the informers, waits until every cache has synced, then (after winning leader
/// election, if configured) runs every controller. On cancellation or graceful shutdown (SIGTERM
/// through swift-service-lifecycle) it stops taking work, lets in-flight reconciles finish within
/// `gracefulShutdownTimeout` (then cancels them) while the lease is still renewed, stops the
/// informers and releases the lease. Losing leadership (also during that drain) cancels in-flight
/// reconciles at once and throws `LeadershipLostError`.
///
/// `liveness` is ok while the manager exists; `readiness` is ok only when every cache has synced,
/// and names each cache that cannot sync with the verb it is not allowed when 401/403 is the cause.
public final class Manager: ServiceLifecycle.Service, Sendable {
    public let client: KubeClient
    public let informers: SharedInformers
    public let options: ManagerOptions
    let clock: any ControllerClock
    let logger: Logger
    private let controllers = Mutex<[Controller]>([])
    /// The tasks running the controllers while leading, so losing leadership can cancel them.
    private let running = Mutex<[Task<Void, Never>]>([])
    private let elector: LeaderElector?

    /// - Throws: `ConfigurationError` for inconsistent leader-election timings.
    public init(client: KubeClient, options: ManagerOptions = .init(), clock: any ControllerClock = SystemControllerClock(), logger: Logger = Logger(label: "thaw.manager")) throws(ConfigurationError) {
        self.client = client
        self.options = options
        self.clock = clock
        self.logger = logger
        informers = SharedInformers(client: client, options: options.reflector, clock: clock, logger: logger)
        if let election = options.leaderElection {
            elector = try LeaderElector(configuration: election, accessor: KubeLeaseAccessor(client: client, namespace: options.leaseNamespace, name: options.leaseName), clock: clock, logger: logger)
        } else {
            elector = nil
        }
    }

    /// Adds a controller (done by `ControllerBuilder.complete`); add before `run`.
    public func add(_ controller: Controller) { controllers.withLock { $0.append(controller) } }

    /// A builder for a controller of `primary` on this manager.
    public func controller<Primary: KubeResource>(for primary: Primary.Type, name: String, namespace: String? = nil, labelSelector: String? = nil, predicate: Predicate<Primary> = .always) -> ControllerBuilder<Primary> {
        ControllerBuilder(primary, name: name, manager: self, namespace: namespace, labelSelector: labelSelector, predicate: predicate)
    }

    /// Whether this manager leads (always true without leader election once running).
    public var isLeader: Bool { elector?.isLeader ?? true }

    public var liveness: HealthReport { HealthReport(ok: true, reasons: []) }

    public var readiness: HealthReport {
        var reasons: [String] = []
        for (identity, failure) in informers.unsynced {
            if let failure, failure.isAuthorization {
                reasons.append("cache \(identity) cannot sync: not allowed to \(failure.verb) (\(failure.error))")
            } else if let failure {
                reasons.append("cache \(identity) not synced: \(failure)")
            } else {
                reasons.append("cache \(identity) not synced yet")
            }
        }
        return HealthReport(ok: reasons.isEmpty, reasons: reasons)
    }

    /// Runs until cancelled or gracefully shut down.
    /// - Throws: `LeadershipLostError` when leadership is lost.
    public func run() async throws {
        let body = Task { try await self.runUntilCancelled() }
        try await withTaskCancellationHandler {
            try await withGracefulShutdownHandler {
                try await body.value
            } onGracefulShutdown: {
                body.cancel()
            }
        } onCancel: {
            body.cancel()
        }
    }

    private func runUntilCancelled() async throws {
        informers.start()
        guard let elector else {
            await runControllers()
            await informers.stop()
            return
        }
        let end = await elector.run(onLost: { self.cancelRunningControllers() }) { await self.runControllers() }
        await informers.stop()
        if end == .lost { throw LeadershipLostError(identity: options.leaderElection?.identity ?? "") }
    }

    /// Waits for the caches, runs the controllers until cancelled, then drains them.
    private func runControllers() async {
        while !informers.allSynced {
            if Task.isCancelled { return }
            try? await clock.sleep(for: .milliseconds(20))
        }
        let current = controllers.withLock { $0 }
        // Controllers run in their own tasks so that shutdown does not cancel in-flight reconciles.
        let tasks = current.map { controller in Task { await controller.run() } }
        running.withLock { $0 = tasks }
        if let elector, !elector.isLeader { cancelRunningControllers() }  // lost while starting
        while !Task.isCancelled { try? await clock.sleep(for: .seconds(3600)) }
        for controller in current { controller.shutDown() }
        await drain(tasks)
    }

    /// Leadership is lost: in-flight reconciles are cancelled at once, without a grace period.
    private func cancelRunningControllers() {
        for task in running.withLock({ $0 }) { task.cancel() }
    }

    /// Stops the controllers, giving in-flight reconciles the grace period.
    private func drain(_ tasks: [Task<Void, Never>]) async {
        await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                for task in tasks { await task.value }
                return true
            }
            group.addTask {
                do { try await self.clock.sleep(for: self.options.gracefulShutdownTimeout) } catch { return true }
                return false
            }
            if await group.next() == false {
                logger.warning("reconciles did not finish within the grace period; cancelling them")
                for task in tasks { task.cancel() }
            }
            group.cancelAll()
        }
    }
}

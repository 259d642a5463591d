import Foundation
import Logging
import Metrics
import Synchronization
import ThawDeterminism

/// How a leadership term ended.
public enum LeadershipEnd: Sendable, Hashable {
    /// Renewal failed past the renew deadline, or another candidate took the lease.
    case lost
    /// The elector was cancelled (shutdown); the lease was released if configured.
    case stopped
}

/// Runs leader election over a `LeaseAccessor`: acquires the lease (retrying every retry period
/// with jitter), runs the leading work while renewing, and ends the term.
///
/// Guarantees: the leading work starts only after this candidate wrote itself as holder; if a renew
/// does not succeed within `renewDeadline` of the last successful one, or another holder is seen,
/// the leading work is cancelled at once and `run` returns `.lost`. When the task running `run` is
/// cancelled (shutdown), the leading work is cancelled and awaited while the lease keeps being
/// renewed (so it can drain without another candidate taking over), then the lease is released
/// (`releaseOnCancel`) and `run` returns `.stopped`. Reports
/// `leader_election_master_status{name}` (1 while leading).
public final class LeaderElector: Sendable {
    private let core: Mutex<LeaderElectionCore>
    private let random: Mutex<SplitMix64>
    private let accessor: any LeaseAccessor
    private let clock: any ControllerClock
    private let wallClock: @Sendable () -> Date
    private let logger: Logger
    private let leading = Atomic<Bool>(false)
    private let status: Gauge

    /// - Throws: `ConfigurationError` for inconsistent timings.
    public init(configuration: LeaderElectionConfiguration, accessor: any LeaseAccessor, name: String = "thaw", clock: any ControllerClock = SystemControllerClock(), wallClock: @escaping @Sendable () -> Date = { Date() }, seed: UInt64 = UInt64.random(in: .min ... .max), logger: Logger? = nil) throws(ConfigurationError) {
        core = Mutex(LeaderElectionCore(configuration: try configuration.validated()))
        random = Mutex(SplitMix64(seed: seed))
        self.accessor = accessor
        self.clock = clock
        self.wallClock = wallClock
        self.logger = logger ?? Logger(label: "thaw.leader-election")
        status = Gauge(label: "leader_election_master_status", dimensions: [("name", name)])
    }

    private var configuration: LeaderElectionConfiguration { core.withLock { $0.configuration } }

    /// Whether this candidate currently leads.
    public var isLeader: Bool { leading.load(ordering: .acquiring) }

    /// Acquires leadership, runs `work` while leading, and returns how the term ended.
    /// Returns `.stopped` without leading if cancelled before acquiring.
    ///
    /// Renewals run in a task of their own: when the calling task is cancelled (shutdown), `work`
    /// is cancelled and the lease is still renewed until `work` returns (so in-flight reconciles
    /// drain under a valid lease), then released. If leadership is lost (while working or while
    /// draining), `isLeader` turns false and `onLost` is called at once, then `work` is cancelled.
    public func run(onLost: @escaping @Sendable () -> Void = {}, _ work: @escaping @Sendable () async -> Void) async -> LeadershipEnd {
        guard await acquire() else { return .stopped }
        setLeading(true)
        logger.info("became leader", metadata: ["identity": "\(configuration.identity)"])
        let working = Task { await work() }
        let renewing = Task { await self.renewUntilLost() }
        // Renewals stop when the work has returned (after draining, on shutdown).
        Task {
            await working.value
            renewing.cancel()
        }
        let end = await withTaskCancellationHandler {
            await renewing.value
        } onCancel: {
            working.cancel()
        }
        setLeading(false)
        if end == .lost {
            onLost()
            working.cancel()
            logger.error("lost leadership", metadata: ["identity": "\(configuration.identity)"])
            await working.value
        } else if configuration.releaseOnCancel {
            // The calling task is cancelled; release from an uncancelled task so the write goes out.
            await Task { await self.release() }.value
        }
        return end
    }

    private func setLeading(_ value: Bool) {
        leading.store(value, ordering: .releasing)
        status.record(value ? 1 : 0)
    }

    /// Tries until the lease is ours; false if cancelled first.
    private func acquire() async -> Bool {
        while !Task.isCancelled {
            if case .acquired = await attempt() { return true }
            let period = configuration.retryPeriod
            let jitter = random.withLock { Double.random(in: 0..<(LeaderElectionConfiguration.jitterFactor), using: &$0) }
            do { try await clock.sleep(for: period + period * jitter) } catch { return false }
        }
        return false
    }

    /// Renews every retry period; returns `.lost` (after clearing `isLeader`) when renewal fails
    /// past the renew deadline or another holder is seen, `.stopped` when cancelled.
    private func renewUntilLost() async -> LeadershipEnd {
        var lastRenew = clock.now
        while true {
            do { try await clock.sleep(for: configuration.retryPeriod) } catch { return .stopped }
            let outcome = await attempt()
            // Stopped (the work has drained) while a renewal was in flight: not a loss.
            if Task.isCancelled { return .stopped }
            switch outcome {
            case .acquired: lastRenew = clock.now
            case .heldByOther(let holder):
                setLeading(false)  // stop at once, before the work winds down
                logger.warning("lease taken by another candidate", metadata: ["holder": "\(holder)"])
                return .lost
            case .failed:
                if clock.now - lastRenew >= configuration.renewDeadline {
                    setLeading(false)
                    return .lost
                }
            }
        }
    }

    private enum Attempt { case acquired, heldByOther(String), failed }

    private func attempt() async -> Attempt {
        do {
            let current = try await accessor.get()
            let now = clock.now
            let decision = core.withLock { $0.decide(current: current?.record, now: now, wallNow: wallClock()) }
            switch decision {
            case .heldByOther(let holder): return .heldByOther(holder)
            case .create(let record):
                try await accessor.create(record)
                core.withLock { $0.wrote(record, now: now) }
            case .update(let record):
                guard let version = current?.version else { return .failed }
                try await accessor.update(record, version: version)
                core.withLock { $0.wrote(record, now: now) }
            }
            return .acquired
        } catch {
            logger.debug("lease acquire or renew failed", metadata: ["error": "\(error)"])
            return .failed
        }
    }

    private func release() async {
        do {
            guard let current = try await accessor.get() else { return }
            guard current.record.holderIdentity == configuration.identity,
                let record = core.withLock({ $0.releaseRecord(wallNow: wallClock()) })
            else { return }
            try await accessor.update(record, version: current.version)
            logger.info("released the lease", metadata: ["identity": "\(configuration.identity)"])
        } catch {
            logger.warning("could not release the lease", metadata: ["error": "\(error)"])
        }
    }
}

import Foundation

/// The leader-election decision of one candidate, as a pure value (client-go's
/// `tryAcquireOrRenew`): given the stored record and the time, what to write, if anything.
///
/// Expiry is judged on this candidate's own monotonic clock: a lease counts as expired when its
/// record has not changed for `leaseDuration` since this candidate first saw it, so clock skew
/// between machines does not matter.
public struct LeaderElectionCore: Sendable {
    /// What the candidate should do.
    public enum Decision: Sendable, Hashable {
        /// No lease exists: create this record.
        case create(LeaderElectionRecord)
        /// Take or renew the lease: write this record.
        case update(LeaderElectionRecord)
        /// Another candidate holds an unexpired lease.
        case heldByOther(String)
    }

    public let configuration: LeaderElectionConfiguration
    private var observed: LeaderElectionRecord?
    private var observedAt: Duration = .zero

    public init(configuration: LeaderElectionConfiguration) { self.configuration = configuration }

    /// Decides at monotonic time `now` (wall time `wallNow` goes into the record).
    public mutating func decide(current: LeaderElectionRecord?, now: Duration, wallNow: Date) -> Decision {
        let seconds = Int((configuration.leaseDuration.seconds).rounded(.up))
        guard let current else {
            return .create(LeaderElectionRecord(holderIdentity: configuration.identity, leaseDurationSeconds: seconds, acquireTime: wallNow, renewTime: wallNow))
        }
        if current != observed {
            observed = current
            observedAt = now
        }
        let holder = current.holderIdentity ?? ""
        if !current.isFree, holder != configuration.identity, observedAt + configuration.leaseDuration > now {
            return .heldByOther(holder)
        }
        var record = current
        record.holderIdentity = configuration.identity
        record.leaseDurationSeconds = seconds
        record.renewTime = wallNow
        if holder != configuration.identity {
            record.acquireTime = wallNow
            record.leaseTransitions = current.leaseTransitions + 1
        }
        return .update(record)
    }

    /// Records a successful write of `record` at `now`.
    public mutating func wrote(_ record: LeaderElectionRecord, now: Duration) {
        observed = record
        observedAt = now
    }

    /// The record that frees the lease, if this candidate holds it per the last observation.
    public func releaseRecord(wallNow: Date) -> LeaderElectionRecord? {
        guard var record = observed, record.holderIdentity == configuration.identity else { return nil }
        record.holderIdentity = nil
        record.leaseDurationSeconds = 1
        record.renewTime = wallNow
        record.acquireTime = wallNow
        return record
    }
}

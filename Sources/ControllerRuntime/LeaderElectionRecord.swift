import Foundation

/// The leader-election state kept in a Lease (`spec.holderIdentity`, `leaseDurationSeconds`,
/// `acquireTime`, `renewTime`, `leaseTransitions`), independent of how it is stored.
public struct LeaderElectionRecord: Sendable, Hashable {
    /// The current holder; nil or empty means the lease is free (released).
    public var holderIdentity: String?
    public var leaseDurationSeconds: Int
    public var acquireTime: Date?
    public var renewTime: Date?
    public var leaseTransitions: Int

    public init(holderIdentity: String?, leaseDurationSeconds: Int, acquireTime: Date? = nil, renewTime: Date? = nil, leaseTransitions: Int = 0) {
        self.holderIdentity = holderIdentity
        self.leaseDurationSeconds = leaseDurationSeconds
        self.acquireTime = acquireTime
        self.renewTime = renewTime
        self.leaseTransitions = leaseTransitions
    }

    /// Whether nobody holds the lease.
    public var isFree: Bool { holderIdentity?.isEmpty ?? true }
}

/// Reads and writes the lease record (a `coordination.k8s.io/v1` Lease in a cluster; in memory in
/// tests). Writes are optimistic: `update` must fail when the stored version differs from the one
/// read (another candidate wrote in between).
public protocol LeaseAccessor: Sendable {
    /// The stored record and its version, or nil when there is no lease yet.
    /// - Throws: when the store cannot be read.
    func get() async throws -> (record: LeaderElectionRecord, version: String)?
    /// Creates the lease. - Throws: when it already exists or the store fails.
    func create(_ record: LeaderElectionRecord) async throws
    /// Replaces the record if it is still at `version`. - Throws: on a conflict or store failure.
    func update(_ record: LeaderElectionRecord, version: String) async throws
}

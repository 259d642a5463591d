/// Settings of a `Manager`.
public struct ManagerOptions: Sendable {
    /// Leader election on a Lease; nil runs controllers without it.
    public var leaderElection: LeaderElectionConfiguration?
    public var leaseNamespace = "default"
    public var leaseName = "thaw-controller-manager"
    /// How long in-flight reconciles may take to finish after shutdown starts (default 30 s).
    public var gracefulShutdownTimeout: Duration = .seconds(30)
    /// Reflector timings for the shared informers.
    public var reflector = ReflectorOptions()

    public init(leaderElection: LeaderElectionConfiguration? = nil, leaseNamespace: String = "default", leaseName: String = "thaw-controller-manager", gracefulShutdownTimeout: Duration = .seconds(30)) {
        self.leaderElection = leaderElection
        self.leaseNamespace = leaseNamespace
        self.leaseName = leaseName
        self.gracefulShutdownTimeout = gracefulShutdownTimeout
    }
}

/// A health verdict: what `/healthz` and `/readyz` answer.
public struct HealthReport: Sendable, Hashable {
    public var ok: Bool
    /// Why it is not ok: each names the resource (and verb, for failures).
    public var reasons: [String]
}

/// Leadership was lost: the manager stopped reconciling; the process should exit and restart.
public struct LeadershipLostError: Error, Sendable, CustomStringConvertible {
    public var identity: String
    public var description: String { "leadership lost by \(identity)" }
}

/// Leader-election timing (client-go's defaults: lease 15 s, renew deadline 10 s, retry 2 s).
public struct LeaderElectionConfiguration: Sendable, Hashable {
    /// This candidate's identity (unique per process, e.g. pod name + random suffix).
    public var identity: String
    /// How long a non-leader waits after last seeing the lease change before taking it.
    public var leaseDuration: Duration = .seconds(15)
    /// How long the leader keeps trying to renew before it gives up leadership.
    public var renewDeadline: Duration = .seconds(10)
    /// Interval between acquire or renew attempts (acquire attempts are jittered up to ×1.2).
    public var retryPeriod: Duration = .seconds(2)
    /// Whether a clean shutdown frees the lease so a standby takes over at once.
    public var releaseOnCancel = true

    public init(identity: String, leaseDuration: Duration = .seconds(15), renewDeadline: Duration = .seconds(10), retryPeriod: Duration = .seconds(2), releaseOnCancel: Bool = true) {
        self.identity = identity
        self.leaseDuration = leaseDuration
        self.renewDeadline = renewDeadline
        self.retryPeriod = retryPeriod
        self.releaseOnCancel = releaseOnCancel
    }

    /// The jitter factor of acquire retries.
    static let jitterFactor = 1.2

    /// Returns `self` if the timings are consistent.
    /// - Throws: `ConfigurationError` for an empty identity, `leaseDuration <= renewDeadline`, or
    ///   `renewDeadline <= 1.2 × retryPeriod`, naming the field and value.
    public func validated() throws(ConfigurationError) -> Self {
        guard !identity.isEmpty else { throw ConfigurationError(field: "identity", value: "\"\"", reason: "must not be empty") }
        guard retryPeriod > .zero else { throw ConfigurationError(field: "retryPeriod", value: "\(retryPeriod)", reason: "must be positive") }
        guard leaseDuration > renewDeadline else {
            throw ConfigurationError(field: "leaseDuration", value: "\(leaseDuration)", reason: "must be greater than renewDeadline \(renewDeadline)")
        }
        guard renewDeadline > retryPeriod * Self.jitterFactor else {
            throw ConfigurationError(field: "renewDeadline", value: "\(renewDeadline)", reason: "must be greater than 1.2 × retryPeriod \(retryPeriod)")
        }
        return self
    }
}

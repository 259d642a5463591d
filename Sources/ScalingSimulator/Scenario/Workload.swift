/// The revision's container as the simulator sees it.
public struct Workload: Sendable, Equatable {
    /// containerConcurrency: requests one replica processes at once (0 = unlimited). Beyond it,
    /// requests wait in the replica's queue-proxy (depth 10 × CC) or in the activator.
    public var containerConcurrency = 0
    public var serviceTime = ServiceTime.exponential(meanSeconds: 0.2)
    /// With a positive value, a request started while the replica already processes `c` requests
    /// takes `max(1, (c + 1) / saturationConcurrency)` times its drawn service time.
    public var saturationConcurrency = 0
    /// A request waiting in the activator longer than this fails.
    public var requestTimeoutSeconds = 300.0

    public init() {}
}

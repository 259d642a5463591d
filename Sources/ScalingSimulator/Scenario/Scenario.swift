import RevisionScaling

/// Everything one simulation run needs: traffic, workload, cluster, autoscaler configuration,
/// policy, seed and duration. The defaults are a small, plausible Knative service.
///
/// A scenario is plain data; `Simulation` validates the autoscaler part (through `AutoscalerSpec`)
/// when the run starts, and `ScenarioReader` validates everything read from a file.
public struct Scenario: Sendable, Equatable {
    public var name = "default"
    /// Traffic arrives during `[0, durationSeconds)`; time integrals (replica-seconds, time at zero)
    /// cover the same span. Requests still in flight at the end are followed until they finish.
    public var durationSeconds = 300.0
    public var seed: UInt64 = 1
    public var policy = PolicyName.knative
    public var traffic = TrafficPattern.uniform(rps: 10)
    public var arrivals = ArrivalProcess.poisson
    public var workload = Workload()
    public var cluster = ClusterModel()
    /// `config-autoscaler` keys with the ConfigMap's string values.
    public var autoscalerConfig: [String: String] = [:]
    /// The revision's `autoscaling.knative.dev/…` annotations.
    public var annotations: [String: String] = [:]

    public init() {}
}

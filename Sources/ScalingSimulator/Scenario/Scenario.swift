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

/// Nodes, image distribution, the causes of launch delay, and the activators.
public struct ClusterModel: Sendable, Equatable {
    public var nodes = 10
    /// Share of nodes that hold the revision's image before the run (e.g. prefetched by the image
    /// cache). A node also holds it once it has pulled it.
    public var warmNodeShare = 0.0
    public var schedulingSeconds = 0.5
    /// Image pull on a node without the image; pods landing on a node that is already pulling wait
    /// for that pull.
    public var imagePullSeconds = 10.0
    public var containerStartSeconds = 2.0
    /// From container start until the readiness probe first passes.
    public var readinessSeconds = 1.0
    /// Requests each activator can hold waiting; beyond activators × depth requests fail at once.
    public var activatorQueueDepth = 10_000
    /// Replicas already ready at time 0 (their nodes hold the image).
    public var initialReplicas = 0

    public init() {}
}

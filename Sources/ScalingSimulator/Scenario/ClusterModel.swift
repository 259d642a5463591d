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

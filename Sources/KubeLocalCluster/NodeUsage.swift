import KubeAPI

/// What the pods bound to one node already use: summed resource requests and the pod count, which
/// the scheduler subtracts from the node's allocatable.
public struct NodeUsage: Sendable, Hashable {
    public var requests: [String: Quantity] = [:]
    /// Requests with the scheduler's non-zero defaults for containers that request nothing
    /// (100m CPU, 200Mi memory), used only for scoring.
    public var scoringRequests: [String: Quantity] = [:]
    public var podCount = 0

    public init() {}

    /// Counts `pod` as bound to the node.
    public mutating func add(_ pod: Pod) {
        requests.add(pod.spec.resourceRequests)
        scoringRequests.add(NodeUsage.nonZeroRequests(of: pod.spec))
        podCount += 1
    }

    /// Whether a bound pod still holds resources on its node (it does until it has finished).
    public static func holdsResources(_ pod: Pod) -> Bool { !pod.isTerminal }

    static let defaultMilliCPU = Quantity(milli: 100)
    static let defaultMemory = Quantity(200 << 20, format: .binarySI)

    /// CPU and memory requests, counting each container that requests none as 100m / 200Mi, as the
    /// scheduler's scoring plugins do.
    static func nonZeroRequests(of spec: PodSpec) -> [String: Quantity] {
        var cpu = Quantity.zero
        var memory = Quantity.zero
        for container in spec.containers {
            let requests = container.resources.requests
            cpu += requests["cpu"] ?? defaultMilliCPU
            memory += requests["memory"] ?? defaultMemory
        }
        return ["cpu": cpu, "memory": memory]
    }
}

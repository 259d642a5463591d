import KubeAPI

/// How far one image's prefetch has come, read from its group's DaemonSet and pods.
struct PrefetchProgress: Sendable, Hashable {
    /// A node where the image cannot be pulled, with the kubelet's reason and message.
    struct NodeFailure: Sendable, Hashable {
        var node: String
        var reason: String
        var message: String
    }

    /// Nodes that should hold the image (the DaemonSet's desired count); `nil` until the DaemonSet
    /// controller has observed the current generation.
    var eligible: Int?
    /// Distinct nodes whose pod has pulled the current reference.
    var warm: Int
    /// Nodes whose pull failed, by node name.
    var failures: [NodeFailure]

    /// Waiting reasons that mean the image will not arrive without a change.
    static let failureReasons: Set<String> = [
        "ErrImagePull", "ImagePullBackOff", "InvalidImageName", "ErrImageNeverPull",
        "CreateContainerConfigError", "CreateContainerError", "RegistryUnavailable",
    ]

    /// Reads the progress of `reference` in container `container` of `daemonSet`'s `pods`.
    /// Pods being deleted and pods whose container still runs an older reference do not count.
    static func evaluate(reference: String, container: String, daemonSet: DaemonSet?, pods: [Pod]) -> PrefetchProgress {
        guard let daemonSet, let generation = daemonSet.metadata.generation,
            let observed = daemonSet.status.observedGeneration, observed >= generation
        else { return PrefetchProgress(eligible: nil, warm: 0, failures: []) }
        var warmNodes = Set<String>()
        var failures: [String: NodeFailure] = [:]
        for pod in pods where !pod.metadata.isBeingDeleted {
            guard let node = pod.spec.nodeName, !node.isEmpty,
                pod.spec.containers.contains(where: { $0.name == container && $0.image == reference }),
                let status = pod.status.containerStatuses.first(where: { $0.name == container })
            else { continue }
            if let imageID = status.imageID, !imageID.isEmpty {
                warmNodes.insert(node)
            } else if let waiting = status.state.waiting, let reason = waiting.reason, failureReasons.contains(reason) {
                failures[node] = NodeFailure(node: node, reason: reason, message: waiting.message ?? "")
            }
        }
        let failing = failures.values.filter { !warmNodes.contains($0.node) }.sorted { $0.node < $1.node }
        return PrefetchProgress(eligible: daemonSet.status.desiredNumberScheduled ?? 0, warm: warmNodes.count, failures: failing)
    }
}

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
}

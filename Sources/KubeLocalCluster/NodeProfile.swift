import KubeAPI

/// The fixed properties of one simulated node: identity, placement, size and network.
public struct NodeProfile: Sendable, Hashable {
    public var name: String
    /// The `topology.kubernetes.io/zone` label value.
    public var zone: String
    /// Zero-based position in the cluster; determines the node's addresses.
    public var index: Int
    /// Extra labels on top of the well-known ones.
    public var labels: [String: String]
    public var taints: [Taint]
    public var cpu: Quantity
    public var memory: Quantity
    public var maxPods: Int
    /// Disk available for images, in bytes.
    public var imageDiskBytes: Int64
    /// Network bandwidth for image pulls, in bytes per second.
    public var pullBandwidthBytesPerSecond: Double
    /// Fixed cost of every pull (registry round trips, unpacking), in seconds.
    public var pullLatencySeconds: Double

    public init(
        name: String, zone: String, index: Int, labels: [String: String] = [:], taints: [Taint] = [],
        cpu: Quantity, memory: Quantity, maxPods: Int, imageDiskBytes: Int64,
        pullBandwidthBytesPerSecond: Double, pullLatencySeconds: Double
    ) {
        self.name = name
        self.zone = zone
        self.index = index
        self.labels = labels
        self.taints = taints
        self.cpu = cpu
        self.memory = memory
        self.maxPods = maxPods
        self.imageDiskBytes = imageDiskBytes
        self.pullBandwidthBytesPerSecond = pullBandwidthBytesPerSecond
        self.pullLatencySeconds = pullLatencySeconds
    }

    /// How long pulling an image of `sizeBytes` takes on this node: latency + size / bandwidth.
    public func pullDuration(sizeBytes: Int64) -> Double {
        pullLatencySeconds + Double(sizeBytes) / pullBandwidthBytesPerSecond
    }

    /// `InternalIP` of the node: `172.18.x.y`, counting from `172.18.0.2`.
    public var internalIP: String {
        let host = index + 2
        return "172.18.\(host / 256).\(host % 256)"
    }

    /// The node's pod range, a /24 per node counting from `10.244.0.0/24`.
    public var podCIDR: String {
        "10.\(244 + index / 256).\(index % 256).0/24"
    }

    /// The address of `offset` (2…254) in the node's pod range.
    func podIP(offset: Int) -> String {
        "10.\(244 + index / 256).\(index % 256).\(offset)"
    }
}

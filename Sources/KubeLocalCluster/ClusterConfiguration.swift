import KubeAPI

/// How to build a simulated cluster: how many nodes, their size and network, the registry, the
/// kubelet's timings, and the seed of every random choice. `validate()` reports the first invalid
/// field by name; `nodeProfiles()` derives the nodes deterministically.
public struct ClusterConfiguration: Sendable, Hashable {
    public var nodeCount: Int
    /// Node names are this prefix and a 1-based number (`node-1`).
    public var nodeNamePrefix: String
    /// Nodes are spread round-robin over these zones.
    public var zones: [String]
    public var nodeCPU: Quantity
    public var nodeMemory: Quantity
    public var maxPodsPerNode: Int
    public var imageDiskBytes: Int64
    public var pullBandwidthBytesPerSecond: Double
    public var pullLatencySeconds: Double
    public var registry: ImageRegistry
    public var kubelet: KubeletTimings
    /// Seed of the random generator (scheduler tie-breaks, generated names).
    public var seed: UInt64

    public init(
        nodeCount: Int = 3, nodeNamePrefix: String = "node-", zones: [String] = ["zone-a", "zone-b", "zone-c"],
        nodeCPU: Quantity = Quantity(4), nodeMemory: Quantity = Quantity(16 << 30, format: .binarySI),
        maxPodsPerNode: Int = 110, imageDiskBytes: Int64 = 100 << 30,
        pullBandwidthBytesPerSecond: Double = 50_000_000, pullLatencySeconds: Double = 0.5,
        registry: ImageRegistry = ImageRegistry(defaultImageSize: 50_000_000),
        kubelet: KubeletTimings = KubeletTimings(), seed: UInt64 = 1
    ) {
        self.nodeCount = nodeCount
        self.nodeNamePrefix = nodeNamePrefix
        self.zones = zones
        self.nodeCPU = nodeCPU
        self.nodeMemory = nodeMemory
        self.maxPodsPerNode = maxPodsPerNode
        self.imageDiskBytes = imageDiskBytes
        self.pullBandwidthBytesPerSecond = pullBandwidthBytesPerSecond
        self.pullLatencySeconds = pullLatencySeconds
        self.registry = registry
        self.kubelet = kubelet
        self.seed = seed
    }

    /// - Throws: `ClusterConfigurationError.invalidValue` naming the first field out of range.
    public func validate() throws(ClusterConfigurationError) {
        func fail(_ field: String, _ value: some CustomStringConvertible, _ reason: String) -> ClusterConfigurationError {
            .invalidValue(field: field, value: value.description, reason: reason)
        }
        guard (0...5_000).contains(nodeCount) else { throw fail("nodes", nodeCount, "must be between 0 and 5000") }
        guard !zones.isEmpty else { throw fail("zones", "[]", "at least one zone is needed") }
        guard nodeCPU.nanoValue > 0 else { throw fail("nodeCPU", nodeCPU, "must be positive") }
        guard nodeMemory.nanoValue > 0 else { throw fail("nodeMemory", nodeMemory, "must be positive") }
        guard (1...253).contains(maxPodsPerNode) else {
            throw fail("maxPodsPerNode", maxPodsPerNode, "must be between 1 and 253 (one /24 per node)")
        }
        guard imageDiskBytes > 0 else { throw fail("imageDiskBytes", imageDiskBytes, "must be positive") }
        guard pullBandwidthBytesPerSecond.isFinite, pullBandwidthBytesPerSecond > 0 else {
            throw fail("pullBandwidthBytesPerSecond", pullBandwidthBytesPerSecond, "must be positive")
        }
        guard pullLatencySeconds.isFinite, pullLatencySeconds >= 0 else {
            throw fail("pullLatencySeconds", pullLatencySeconds, "must not be negative")
        }
        try kubelet.validate()
    }

    /// The profile of the node at zero-based `index`.
    public func nodeProfile(index: Int) -> NodeProfile {
        NodeProfile(
            name: "\(nodeNamePrefix)\(index + 1)", zone: zones[index % zones.count], index: index,
            cpu: nodeCPU, memory: nodeMemory, maxPods: maxPodsPerNode, imageDiskBytes: imageDiskBytes,
            pullBandwidthBytesPerSecond: pullBandwidthBytesPerSecond, pullLatencySeconds: pullLatencySeconds)
    }

    /// The profiles of the `nodeCount` initial nodes.
    public func nodeProfiles() -> [NodeProfile] {
        (0..<nodeCount).map(nodeProfile(index:))
    }
}

import KubeAPI

/// The membership and health of the simulated nodes: which exist, in which order, and which are
/// failed (their kubelet has stopped). Adding a node gives it the next free index, so its name and
/// addresses never collide with a node that exists or existed.
public struct SimulatedNodeSet: Sendable, Hashable {
    public private(set) var profiles: [NodeProfile]
    public private(set) var failedNodes: Set<String>
    private var nextIndex: Int
    private let configuration: ClusterConfiguration

    /// The initial nodes of `configuration`.
    /// - Throws: `ClusterConfigurationError` when the configuration is invalid.
    public init(configuration: ClusterConfiguration) throws(ClusterConfigurationError) {
        try configuration.validate()
        self.configuration = configuration
        profiles = configuration.nodeProfiles()
        failedNodes = []
        nextIndex = configuration.nodeCount
    }

    public var names: [String] { profiles.map(\.name) }

    public func profile(named name: String) -> NodeProfile? { profiles.first { $0.name == name } }

    public func isReady(_ name: String) -> Bool { profile(named: name) != nil && !failedNodes.contains(name) }

    /// Adds a node shaped like the configured ones, with extra labels and taints; returns it.
    @discardableResult
    public mutating func addNode(labels: [String: String] = [:], taints: [Taint] = []) -> NodeProfile {
        var profile = configuration.nodeProfile(index: nextIndex)
        nextIndex += 1
        profile.labels = labels
        profile.taints = taints
        profiles.append(profile)
        return profile
    }

    /// Adds a node with a given profile.
    /// - Throws: `.duplicateNode` when the name is taken.
    public mutating func addNode(_ profile: NodeProfile) throws(ClusterConfigurationError) {
        guard self.profile(named: profile.name) == nil else { throw .duplicateNode(name: profile.name) }
        profiles.append(profile)
        nextIndex = max(nextIndex, profile.index + 1)
    }

    /// Removes a node. - Throws: `.unknownNode`.
    public mutating func removeNode(named name: String) throws(ClusterConfigurationError) {
        guard profile(named: name) != nil else { throw .unknownNode(name: name) }
        profiles.removeAll { $0.name == name }
        failedNodes.remove(name)
    }

    /// Stops a node's kubelet: it goes NotReady. - Throws: `.unknownNode`.
    public mutating func failNode(named name: String) throws(ClusterConfigurationError) {
        guard profile(named: name) != nil else { throw .unknownNode(name: name) }
        failedNodes.insert(name)
    }

    /// Restarts a failed node's kubelet. - Throws: `.unknownNode`.
    public mutating func recoverNode(named name: String) throws(ClusterConfigurationError) {
        guard profile(named: name) != nil else { throw .unknownNode(name: name) }
        failedNodes.remove(name)
    }
}

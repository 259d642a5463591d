import KubeAPI

/// How the simulated cluster takes in a Node created through the API (`kubectl create -f node.yaml`,
/// or a test's POST): what the node IPAM controller, the cloud provider and the kubelet's
/// registration would give it. A pure function of the node, the configuration and the indexes in
/// use.
///
/// A node is adopted once: it gets the first index no other node uses, which fixes its pod range
/// (`spec.podCIDR`/`podCIDRs`) and addresses; `spec.providerID` `thaw://NAME` when it has none;
/// and the well-known labels it lacks (hostname, os, arch, and the zone of its index). Labels,
/// taints and capacity the node declares are kept; the kubelet fills in the capacity it lacks from
/// the configured node size when it first posts the node's status.
public enum NodeRegistration {
    /// The node index a simulated pod range (`10.A.B.0/24`) encodes, or `nil` for none or another shape.
    public static func index(ofPodCIDR cidr: String?) -> Int? {
        guard let cidr, cidr.hasSuffix(".0/24") else { return nil }
        let octets = cidr.dropLast(".0/24".count).split(separator: ".", omittingEmptySubsequences: false).map { Int($0) }
        guard octets.count == 3, octets[0] == 10, let high = octets[1], let low = octets[2],
            (244...255).contains(high), (0...255).contains(low)
        else { return nil }
        return (high - 244) * 256 + low
    }

    /// `node` completed for the simulation with the first index not in `used`, or `nil` when it
    /// already has a simulated pod range (nothing to do).
    public static func adopted(_ node: Node, usedIndexes used: Set<Int>, configuration: ClusterConfiguration) -> Node? {
        guard index(ofPodCIDR: node.spec.podCIDR) == nil, let name = node.metadata.name else { return nil }
        let index = (0...).first { !used.contains($0) } ?? used.count
        var profile = configuration.nodeProfile(index: index)
        profile.name = name
        var adopted = node
        adopted.spec.podCIDR = profile.podCIDR
        adopted.spec.podCIDRs = [profile.podCIDR]
        if (adopted.spec.providerID ?? "").isEmpty { adopted.spec.providerID = "thaw://\(name)" }
        var labels = adopted.metadata.labels
        for (key, value) in NodeObjects.labels(of: profile) where labels[key] == nil { labels[key] = value }
        adopted.metadata.labels = labels
        return adopted
    }
}

import KubeAPI

/// The scheduler's node scores (higher is better), each plugin normalised to 0…100 and weighted as
/// in the default profile.
enum SchedulingScore {
    static let spreadWeight = 2.0
    /// Share of the spreading score given to zones rather than single nodes.
    static let zoneWeighting = 2.0 / 3.0

    static func scores(
        for pod: Pod, nodes: [Node], usage: [String: NodeUsage], workloadCounts: [String: Int]
    ) -> [Double] {
        let podRequests = NodeUsage.nonZeroRequests(of: pod.spec)
        let names = nodes.map { $0.metadata.name ?? "" }
        let zones = nodes.map { $0.metadata.labels["topology.kubernetes.io/zone"] ?? "" }
        var zoneCounts: [String: Int] = [:]
        for (name, zone) in zip(names, zones) { zoneCounts[zone, default: 0] += workloadCounts[name] ?? 0 }
        let maxNodeCount = names.map { workloadCounts[$0] ?? 0 }.max() ?? 0
        let maxZoneCount = zoneCounts.values.max() ?? 0
        let hasZones = zones.contains { !$0.isEmpty }
        let preferred = pod.spec.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? []
        let affinityRaw = nodes.map { node in
            preferred.reduce(0) { $0 + ($1.preference.matches(node) ? Double($1.weight ?? 0) : 0) }
        }
        let maxAffinity = affinityRaw.max() ?? 0
        let taintRaw = nodes.map { node in
            Double(node.spec.taints.filter { taint in
                taint.effect == .preferNoSchedule && !pod.spec.tolerations.contains { $0.tolerates(taint) }
            }.count)
        }
        let maxTaints = taintRaw.max() ?? 0

        return nodes.indices.map { index in
            let node = nodes[index]
            let used = usage[names[index]]?.scoringRequests ?? [:]
            let allocation = leastAllocated(node: node, used: used, adding: podRequests)
            let nodeSpread = maxNodeCount == 0 ? 100 : 100 * Double(maxNodeCount - (workloadCounts[names[index]] ?? 0)) / Double(maxNodeCount)
            let zoneSpread = maxZoneCount == 0 ? 100 : 100 * Double(maxZoneCount - (zoneCounts[zones[index]] ?? 0)) / Double(maxZoneCount)
            let spread = hasZones ? nodeSpread * (1 - zoneWeighting) + zoneSpread * zoneWeighting : nodeSpread
            let affinity = maxAffinity == 0 ? 0 : 100 * affinityRaw[index] / maxAffinity
            let taints = maxTaints == 0 ? 100 : 100 * (1 - taintRaw[index] / maxTaints)
            return allocation + spreadWeight * spread + affinity + taints
        }
    }

    /// `NodeResourcesFit` with the `LeastAllocated` strategy: the mean share of CPU and memory left
    /// free after placing the pod, 0…100.
    static func leastAllocated(node: Node, used: [String: Quantity], adding requests: [String: Quantity]) -> Double {
        let allocatable = node.status.allocatable
        var total = 0.0
        for name in ["cpu", "memory"] {
            let capacity = (allocatable[name] ?? .zero).doubleValue
            guard capacity > 0 else { continue }
            let requested = (used[name] ?? .zero).doubleValue + (requests[name] ?? .zero).doubleValue
            total += max(0, capacity - requested) / capacity * 100
        }
        return total / 2
    }
}

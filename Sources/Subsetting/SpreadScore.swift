/// How well subsets spread over failure domains: the fraction of revisions whose subset covers
/// as many distinct nodes (and zones) as its size and the cluster allow. 1 is perfect; an
/// input without revisions scores 1.
public struct SpreadScore: Sendable, Hashable {
    public var nodes: Double
    public var zones: Double

    public init(input: SubsettingInput, output: SubsettingOutput) {
        let topology = ActivatorTopology(input)
        var bestNodes = 0
        var bestZones = 0
        var counted = 0
        for revision in input.revisions {
            let subset = (output.assignments[revision.key] ?? []).compactMap { topology.index(of: $0) }
            counted += 1
            let best = topology.bestSpread(size: subset.count)
            if Set(subset.map { topology.node[$0] }).count >= best.nodes { bestNodes += 1 }
            if Set(subset.map { topology.zone[$0] }).count >= best.zones { bestZones += 1 }
        }
        nodes = counted == 0 ? 1 : Double(bestNodes) / Double(counted)
        zones = counted == 0 ? 1 : Double(bestZones) / Double(counted)
    }
}

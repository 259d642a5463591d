import ThawDeterminism

/// The seed's first idea: N activators at random (seeded), spread over distinct nodes.
///
/// Each revision draws from its own generator, seeded from `seed` and the revision key, so the
/// result is deterministic and order-independent; it ignores previous subsets, so any change to
/// the activator set reshuffles most revisions.
public struct RandomSubsetting: SubsettingAlgorithm {
    public static let algorithmName = "random"
    public let name = RandomSubsetting.algorithmName
    public let summary = "N activators drawn at random per revision (seeded), distinct nodes first"
    public let seed: UInt64

    public init(seed: UInt64) { self.seed = seed }

    public func assign(_ input: SubsettingInput) -> SubsettingOutput {
        let topology = ActivatorTopology(input)
        let all = Array(0..<topology.count)
        var assignments: [String: [String]] = [:]
        assignments.reserveCapacity(input.revisions.count)
        for revision in input.revisions {
            var generator = SplitMix64(seed: SplitMix64.mix(seed ^ FNV1a64.hash(revision.key)))
            let order = all.shuffled(using: &generator)
            let chosen = SpreadPicker.pick(input.effectiveSize(of: revision), from: order, topology: topology)
            assignments[revision.key] = chosen.map { topology.ids[$0] }
        }
        return SubsettingOutput(assignments: assignments)
    }
}

import Subsetting
import ThawDeterminism

/// An example plugin algorithm: rendezvous (highest-random-weight) hashing.
///
/// Each revision ranks every ready activator by a hash of (revision key, activator id) and takes
/// the top N, spread over distinct nodes then zones with `SpreadPicker`. Deterministic and
/// order-independent; churn on add/remove is minimal, but balance is only statistical (about
/// 1.5× the mean with 30 activators, 2 per revision, 200 revisions).
public struct RendezvousSubsetting: SubsettingAlgorithm {
    public static let algorithmName = "rendezvous"
    public let name = RendezvousSubsetting.algorithmName
    public let summary = "Example plugin: rendezvous (HRW) hashing of revision key and activator id"

    public init() {}

    public func assign(_ input: SubsettingInput) -> SubsettingOutput {
        let topology = ActivatorTopology(input)
        var assignments: [String: [String]] = [:]
        assignments.reserveCapacity(input.revisions.count)
        for revision in input.revisions {
            let revisionHash = FNV1a64.hash(revision.key)
            let weights = topology.idHash.map { SplitMix64.mix(revisionHash ^ $0) }
            let order = (0..<topology.count).sorted { a, b in
                weights[a] != weights[b] ? weights[a] > weights[b] : a < b
            }
            let chosen = SpreadPicker.pick(input.effectiveSize(of: revision), from: order, topology: topology)
            assignments[revision.key] = chosen.map { topology.ids[$0] }
        }
        return SubsettingOutput(assignments: assignments)
    }
}

/// Knative Serving's subsetting: `hash.ChooseSubset` over the ready activators' IPs with the
/// revision name as the target (see `KnativeHashRing`).
///
/// Faithful to Knative: the target is the revision's name (the part of the key after the last
/// "/", as Knative passes the SKS name), it ignores loads, previous subsets, nodes and zones.
public struct KnativeSubsetting: SubsettingAlgorithm {
    public static let algorithmName = "knative"
    public let name = KnativeSubsetting.algorithmName
    public let summary = "Knative's ChooseSubset: FNV-64a of IP + revision name on a 2048-slot ring"

    public init() {}

    public func assign(_ input: SubsettingInput) -> SubsettingOutput {
        let prepared = KnativeRingMembers(input.readyActivators.map(\.ip))
        var idByIP: [String: String] = [:]
        for activator in input.readyActivators { idByIP[activator.ip] = activator.id }
        var assignments: [String: [String]] = [:]
        assignments.reserveCapacity(input.revisions.count)
        for revision in input.revisions {
            let ring = KnativeHashRing(prepared: prepared, target: KnativeSubsetting.target(of: revision.key))
            assignments[revision.key] = ring.choose(input.effectiveSize(of: revision)).compactMap { idByIP[$0] }
        }
        return SubsettingOutput(assignments: assignments)
    }

    /// The name Knative hashes for a revision key "namespace/name": the name.
    public static func target(of key: String) -> String {
        guard let slash = key.lastIndex(of: "/") else { return key }
        return String(key[key.index(after: slash)...])
    }
}

import ThawDeterminism

/// The working state of one `BalancedSubsetting` run: dense indices, current members and loads.
///
/// Revision `r` is `input.revisions[r]`; activator `a` is `topology` index `a`. `weight[r]` is
/// the load the revision puts on each member (its load over its size, with a small floor so
/// zero-load revisions still spread). `load[a]` is always the sum of the weights of the
/// revisions that list `a`.
struct BalancedState {
    let topology: ActivatorTopology
    let keys: [String]
    let previous: [[String]]
    let size: [Int]
    let weight: [Double]
    let revisionHash: [UInt64]
    let mean: Double
    let ceiling: Double
    /// The load up to which zone spread is preferred over balance: the ceiling, or, when
    /// memberships are coarser than the band, the lowest maximum that memberships of the
    /// heaviest weight w could reach, w·⌈mean/w⌉.
    let zoneCeiling: Double
    let floor: Double
    let tieEpsilon: Double

    var members: [[Int]]
    var load: [Double]
    /// The members each revision kept from its previous subset (set by the keep pass).
    var kept: [[Int]]

    init(_ input: SubsettingInput, tolerance: Double) {
        topology = ActivatorTopology(input)
        keys = input.revisions.map(\.key)
        previous = input.revisions.map(\.previous)
        size = input.revisions.map { input.effectiveSize(of: $0) }
        revisionHash = keys.map { FNV1a64.hash($0) }

        let loads = input.revisions.map(\.load)
        let positive = loads.filter { $0 > 0 }
        let minimumLoad = positive.isEmpty ? 1 : positive.reduce(0, +) / Double(positive.count) * 1e-3
        var weight: [Double] = []
        weight.reserveCapacity(loads.count)
        var total = 0.0
        for (r, revisionLoad) in loads.enumerated() {
            let n = size[r]
            let w = n == 0 ? 0 : max(revisionLoad, minimumLoad) / Double(n)
            weight.append(w)
            total += w * Double(n)
        }
        self.weight = weight
        let m = topology.count
        mean = m == 0 ? 0 : total / Double(m)
        ceiling = mean * (1 + tolerance)
        let heaviest = weight.max() ?? 0
        zoneCeiling = heaviest > 0 ? max(ceiling, heaviest * (mean / heaviest).rounded(.up)) : ceiling
        floor = mean * (1 - tolerance)
        tieEpsilon = max(mean, 1) * 1e-9
        members = Array(repeating: [], count: keys.count)
        kept = members
        load = Array(repeating: 0, count: m)
    }

    /// A stable pseudo-random rank of activator `a` for revision `r`, for tie-breaking.
    func rank(_ r: Int, _ a: Int) -> UInt64 {
        SplitMix64.mix(revisionHash[r] ^ topology.idHash[a])
    }

    mutating func add(_ a: Int, to r: Int) {
        members[r].append(a)
        load[a] += weight[r]
    }

    func output() -> SubsettingOutput {
        var assignments: [String: [String]] = [:]
        assignments.reserveCapacity(keys.count)
        for (r, key) in keys.enumerated() {
            // Topology indices follow id order, so sorting them sorts the ids.
            assignments[key] = members[r].sorted().map { topology.ids[$0] }
        }
        return SubsettingOutput(sortedAssignments: assignments)
    }
}

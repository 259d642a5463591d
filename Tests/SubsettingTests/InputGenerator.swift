@testable import Subsetting
import ThawDeterminism

/// Seeded generator of varied subsetting problems for property tests: 1–40 activators on
/// nodes that sometimes host two, 0–4 zones (0 = unlabelled), some unready, 0–60 revisions of
/// sizes 0–6 with loads 0–5 and previous subsets that may name unknown activators.
struct InputGenerator {
    var generator: SplitMix64

    init(seed: UInt64) { generator = SplitMix64(seed: seed) }

    /// When `onePerNode` is set every activator has its own node (a DaemonSet).
    mutating func activators(onePerNode: Bool = false) -> [Activator] {
        let count = Int.random(in: 1...40, using: &generator)
        let nodes = onePerNode ? count : Int.random(in: max(1, count / 2)...count, using: &generator)
        let zones = Int.random(in: 0...4, using: &generator)
        return (0..<count).map { i in
            Activator(
                id: "act-\(i)", ip: "10.1.\(i / 256).\(i % 256)", node: "node-\(i % nodes)",
                zone: zones == 0 ? nil : "zone-\((i % nodes) % zones)",
                ready: Double.random(in: 0..<1, using: &generator) > 0.15)
        }
    }

    mutating func revisions(activatorIDs: [String]) -> [RevisionDemand] {
        let count = Int.random(in: 0...60, using: &generator)
        return (0..<count).map { i in
            let previousCount = Int.random(in: 0...4, using: &generator)
            let previous = (0..<previousCount).map { _ in
                Double.random(in: 0..<1, using: &generator) < 0.1 || activatorIDs.isEmpty
                    ? "gone-\(Int.random(in: 0...9, using: &generator))"
                    : activatorIDs[Int.random(in: 0..<activatorIDs.count, using: &generator)]
            }
            return RevisionDemand(
                key: "ns-\(i % 3)/rev-\(i)", size: Int.random(in: 0...6, using: &generator),
                load: Double(Int.random(in: 0...10, using: &generator)) / 2, previous: previous)
        }
    }

    mutating func input(onePerNode: Bool = false, withPrevious: Bool = true) throws -> SubsettingInput {
        let pool = activators(onePerNode: onePerNode)
        var demands = revisions(activatorIDs: pool.map(\.id))
        if !withPrevious { demands = demands.map { RevisionDemand(key: $0.key, size: $0.size, load: $0.load) } }
        return try SubsettingInput(activators: pool, revisions: demands)
    }

    mutating func shuffled(_ input: SubsettingInput) throws -> SubsettingInput {
        try SubsettingInput(
            activators: input.activators.shuffled(using: &generator),
            revisions: input.revisions.shuffled(using: &generator).map { revision in
                var copy = revision
                copy.previous = revision.previous.shuffled(using: &generator)
                return copy
            })
    }

    mutating func pick<T>(_ items: [T]) -> T? {
        items.isEmpty ? nil : items[Int.random(in: 0..<items.count, using: &generator)]
    }
}

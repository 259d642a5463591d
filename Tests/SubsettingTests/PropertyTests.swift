import Testing
import SubsettingExample
@testable import Subsetting

/// Every algorithm the tests cover: the built-in ones and the example plugin's, registered the
/// way a program registers plugins.
func allAlgorithms() -> [any SubsettingAlgorithm] {
    var registry = SubsettingRegistry.builtIn
    try? SubsettingExample.register(into: &registry)
    return registry.algorithms
}

/// Properties every algorithm must keep, over 150 generated inputs each.
@Suite struct PropertyTests {
    static let cases = 150

    @Test(arguments: allAlgorithms().map(\.name))
    func sameOutputWhateverTheInputOrder(name: String) throws {
        let algorithm = try #require(allAlgorithms().first { $0.name == name })
        var generator = InputGenerator(seed: 11)
        for _ in 0..<Self.cases {
            let input = try generator.input()
            let shuffled = try generator.shuffled(input)
            #expect(algorithm.assign(input) == algorithm.assign(shuffled))
        }
    }

    @Test(arguments: allAlgorithms().map(\.name))
    func subsetsHaveTheEffectiveSizeOfDistinctReadyActivators(name: String) throws {
        let algorithm = try #require(allAlgorithms().first { $0.name == name })
        var generator = InputGenerator(seed: 12)
        for _ in 0..<Self.cases {
            let input = try generator.input()
            let ready = Set(input.readyActivators.map(\.id))
            let output = algorithm.assign(input)
            #expect(output.assignments.count == input.revisions.count)
            for revision in input.revisions {
                let subset = try #require(output.assignments[revision.key])
                #expect(subset.count == input.effectiveSize(of: revision), "\(revision.key)")
                #expect(Set(subset).count == subset.count)
                #expect(subset.allSatisfy(ready.contains), "unready or unknown activator in \(subset)")
            }
        }
    }

    /// Distinct nodes whenever there are enough: knative is node-blind (as in Knative), so it
    /// is checked on one-activator-per-node clusters only.
    @Test(arguments: allAlgorithms().map(\.name))
    func distinctNodesWhenPossible(name: String) throws {
        let algorithm = try #require(allAlgorithms().first { $0.name == name })
        var generator = InputGenerator(seed: 13)
        for _ in 0..<Self.cases {
            let input = try generator.input(onePerNode: name == KnativeSubsetting.algorithmName)
            let topology = ActivatorTopology(input)
            let output = algorithm.assign(input)
            for revision in input.revisions {
                let subset = (output.assignments[revision.key] ?? []).compactMap { topology.index(of: $0) }
                let nodes = Set(subset.map { topology.node[$0] }).count
                #expect(nodes == min(subset.count, topology.nodeCount), "\(revision.key): \(subset)")
            }
        }
    }

    /// Removing one activator changes only the revisions that held it (random reshuffles by
    /// design and is exempt).
    @Test(arguments: allAlgorithms().map(\.name).filter { $0 != RandomSubsetting.algorithmName })
    func removingAnActivatorChangesOnlyTheRevisionsThatHeldIt(name: String) throws {
        let algorithm = try #require(allAlgorithms().first { $0.name == name })
        var generator = InputGenerator(seed: 14)
        var checked = 0
        for _ in 0..<Self.cases {
            let fresh = try generator.input(withPrevious: false)
            let before = algorithm.assign(fresh)
            guard let victim = generator.pick(fresh.readyActivators) else { continue }
            let after = try SubsettingInput(
                activators: fresh.activators.filter { $0.id != victim.id }, revisions: fresh.revisions
            ).withPrevious(before.assignments)
            let output = algorithm.assign(after)
            for revision in fresh.revisions {
                let held = before.assignments[revision.key] ?? []
                let sizeChanged = fresh.effectiveSize(of: revision) != after.effectiveSize(of: revision)
                if !held.contains(victim.id) && !sizeChanged {
                    #expect(output.assignments[revision.key] == held, "\(revision.key) changed without holding \(victim.id)")
                    checked += 1
                }
            }
        }
        #expect(checked > 1000)
    }
}

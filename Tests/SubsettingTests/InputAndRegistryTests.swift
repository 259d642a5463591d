import Testing
import SubsettingExample
@testable import Subsetting

@Suite struct InputAndRegistryTests {
    private func activator(_ i: Int, ready: Bool = true) -> Activator {
        Activator(id: "act-\(i)", ip: "10.0.0.\(i)", node: "node-\(i)", zone: "zone-a", ready: ready)
    }

    @Test func invalidInputNamesTheFieldAndValue() {
        func message(_ activators: [Activator], _ revisions: [RevisionDemand]) -> String? {
            do {
                _ = try SubsettingInput(activators: activators, revisions: revisions)
                return nil
            } catch {
                return error.message
            }
        }
        #expect(message([activator(1), activator(1)], []) == "activators[1].id: duplicate id \"act-1\"")
        var sameIP = activator(2)
        sameIP.ip = "10.0.0.1"
        #expect(message([activator(1), sameIP], []) == "activators[1].ip: duplicate ip \"10.0.0.1\"")
        #expect(message([Activator(id: "", ip: "1", node: "n")], []) == "activators[0].id: must not be empty")
        #expect(message([Activator(id: "a", ip: "", node: "n")], []) == "activators[0].ip: must not be empty for a ready activator")
        #expect(message([Activator(id: "a", ip: "", node: "n", ready: false), Activator(id: "b", ip: "", node: "n", ready: false)], []) == nil)
        let one = RevisionDemand(key: "ns/a", size: 1)
        #expect(message([], [one, one]) == "revisions[1].key: duplicate key \"ns/a\"")
        #expect(message([], [RevisionDemand(key: "ns/a", size: -1)]) == "revisions[0].size: must be ≥ 0, got -1")
        #expect(message([], [RevisionDemand(key: "ns/a", size: 1, load: .nan)])?.hasPrefix("revisions[0].load") == true)
    }

    @Test func inputIsCanonicalAndEffectiveSizeClamps() throws {
        let input = try SubsettingInput(
            activators: [activator(3), activator(1, ready: false), activator(2)],
            revisions: [RevisionDemand(key: "b", size: 5), RevisionDemand(key: "a", size: 0), RevisionDemand(key: "c", size: 1)])
        #expect(input.activators.map(\.id) == ["act-1", "act-2", "act-3"])
        #expect(input.readyActivators.map(\.id) == ["act-2", "act-3"])
        #expect(input.revisions.map(\.key) == ["a", "b", "c"])
        #expect(input.revisions.map { input.effectiveSize(of: $0) } == [2, 2, 1])
        let output = BalancedSubsetting().assign(input)
        #expect(output.withoutHighAvailability == ["c"])
    }

    @Test func builtInRegistryAndPluginRegistration() throws {
        var registry = SubsettingRegistry.builtIn
        #expect(registry.names == ["knative", "random", "thaw"])
        #expect(SubsettingRegistry.defaultAlgorithmName == "thaw")
        try SubsettingExample.register(into: &registry)
        #expect(registry.names == ["knative", "random", "rendezvous", "thaw"])
        #expect(try registry.algorithm(named: "rendezvous").name == "rendezvous")
        #expect(throws: SubsettingRegistryError.duplicateName("rendezvous")) {
            try SubsettingExample.register(into: &registry)
        }
        #expect(throws: SubsettingRegistryError.unknownName("nope", known: registry.names)) {
            _ = try registry.algorithm(named: "nope")
        }
    }

    @Test func randomIsSeeded() throws {
        let input = try SubsettingScenario(activators: 20, revisions: 50, size: 3).makeInput()
        #expect(RandomSubsetting(seed: 1).assign(input) == RandomSubsetting(seed: 1).assign(input))
        #expect(RandomSubsetting(seed: 1).assign(input) != RandomSubsetting(seed: 2).assign(input))
    }
}

import Synchronization
import Testing
@testable import Subsetting

@Suite struct ScoringTests {
    /// Three activators; revisions a (load 2, {1,2}) and b (load 1, {1}): loads 2, 1, 0
    /// (mean 1, max/mean 2, CV √(2/3)); counts 2, 1, 0 (same).
    @Test func balanceByHand() throws {
        let activators = (1...3).map { Activator(id: "act-\($0)", ip: "10.0.0.\($0)", node: "n\($0)") }
        let input = try SubsettingInput(
            activators: activators,
            revisions: [RevisionDemand(key: "a", size: 2, load: 2), RevisionDemand(key: "b", size: 1, load: 1)])
        let output = SubsettingOutput(assignments: ["a": ["act-1", "act-2"], "b": ["act-1"]])
        let score = BalanceScore(input: input, output: output)
        #expect(score.loadMaxOverMean == 2)
        #expect(abs(score.loadCV - (2.0 / 3).squareRoot()) < 1e-12)
        #expect(score.countMaxOverMean == 2)
        #expect(score.countBound == 1)
    }

    @Test func churnCountsAReplacedMemberOnce() {
        let before = SubsettingOutput(assignments: ["a": ["x", "y"], "b": ["x", "z"], "c": ["y", "z"]])
        let after = SubsettingOutput(assignments: ["a": ["x", "w"], "b": ["x"], "c": ["y", "z"]])
        let churn = ChurnScore(before: before, after: after, minimum: 2)
        #expect(churn.changed == 2)
        #expect(churn.ratio == 1)
        #expect(churn.memberships == 5)
    }

    @Test func spreadCountsRevisionsOnDistinctNodesAndZones() throws {
        let activators = [
            Activator(id: "a1", ip: "1", node: "n1", zone: "z1"),
            Activator(id: "a2", ip: "2", node: "n1", zone: "z1"),
            Activator(id: "a3", ip: "3", node: "n2", zone: "z2"),
        ]
        let input = try SubsettingInput(
            activators: activators, revisions: [RevisionDemand(key: "good", size: 2), RevisionDemand(key: "bad", size: 2)])
        let output = SubsettingOutput(assignments: ["good": ["a1", "a3"], "bad": ["a1", "a2"]])
        let spread = SpreadScore(input: input, output: output)
        #expect(spread.nodes == 0.5)
        #expect(spread.zones == 0.5)
    }

    @Test func eventsAndTheirMinimums() throws {
        let input = try SubsettingScenario(activators: 6, revisions: 4, size: 2).makeInput()
        let previous = SubsettingOutput(assignments: [
            "ns-0/rev-00001": ["act-00001", "act-00004"], "ns-1/rev-00002": ["act-00004", "act-00005"],
            "ns-2/rev-00003": ["act-00002", "act-00003"], "ns-3/rev-00004": ["act-00003", "act-00006"],
        ])
        // Remove and replace hit the middle activator (act-00004), a node failure the one a third in.
        let removed = SubsettingEvent.remove.apply(to: input.activators)
        #expect(removed.lost == ["act-00004"])
        #expect(removed.activators.count == 5)
        let after = try SubsettingInput(activators: removed.activators, revisions: input.revisions)
        #expect(SubsettingEvent.remove.minimumChurn(previous: previous, lost: removed.lost, after: after) == 2)
        let replaced = SubsettingEvent.replace.apply(to: input.activators)
        #expect(replaced.activators.contains { $0.id == "act-00004-restarted" && $0.node == "node-00004" })
        let failed = SubsettingEvent.nodeFailure.apply(to: input.activators)
        #expect(failed.lost == ["act-00003"])
        #expect(failed.activators.filter { !$0.ready }.map(\.id) == ["act-00003"])
        let added = SubsettingEvent.add.apply(to: input.activators)
        let grown = try SubsettingInput(activators: added.activators, revisions: input.revisions)
        // 4 revisions × 2 = 8 memberships over 7 activators.
        #expect(SubsettingEvent.add.minimumChurn(previous: previous, lost: added.lost, after: grown) == 8.0 / 7)
    }

    @Test func evaluationUsesTheInjectedClockAndReportsEveryEvent() throws {
        let report = try SubsettingEvaluation.run(
            KnativeSubsetting(), on: SubsettingScenario(activators: 10, revisions: 40, size: 2), timingRuns: 3,
            clock: StepClock(step: .milliseconds(7)))
        #expect(report.seconds == 0.007)
        #expect(report.events.map(\.event) == SubsettingEvent.allCases)
        #expect(report.event(.remove)?.churn.ratio == 1)
    }
}

/// A clock that advances by `step` every time it is read, so durations are exact in tests.
final class StepClock: Clock {
    typealias Duration = Swift.Duration
    struct Instant: InstantProtocol {
        var offset: Swift.Duration
        func advanced(by duration: Swift.Duration) -> Instant { Instant(offset: offset + duration) }
        func duration(to other: Instant) -> Swift.Duration { other.offset - offset }
        static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.offset < rhs.offset }
    }

    private let reading = Mutex(Instant(offset: .zero))
    let step: Swift.Duration
    let minimumResolution: Swift.Duration = .nanoseconds(1)

    init(step: Swift.Duration) { self.step = step }

    var now: Instant {
        reading.withLock { instant in
            instant = instant.advanced(by: step)
            return instant
        }
    }

    func sleep(until deadline: Instant, tolerance: Swift.Duration?) async throws {}
}

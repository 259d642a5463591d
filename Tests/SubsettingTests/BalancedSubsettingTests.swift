import Testing
@testable import Subsetting

/// The goals of Thaw's default algorithm (issue 7) on the scoring scenarios, and its
/// restart stability.
@Suite struct BalancedSubsettingTests {
    /// The case that motivated it: 30 activators, 2 per revision, 200 revisions, where
    /// Knative's ring puts about 1.6× the mean on the busiest activator.
    @Test func balancedWithFewRevisions() throws {
        let scenario = SubsettingScenario(activators: 30, revisions: 200, size: 2)
        let thaw = try SubsettingEvaluation.run(BalancedSubsetting(), on: scenario, timingRuns: 1, clock: StepClock(step: .zero))
        let knative = try SubsettingEvaluation.run(KnativeSubsetting(), on: scenario, timingRuns: 1, clock: StepClock(step: .zero))
        #expect(thaw.balance.loadMaxOverMean <= 1.10)
        #expect(knative.balance.loadMaxOverMean > 1.4)
        #expect(thaw.spread.nodes == 1)
        #expect(thaw.spread.zones == 1)
    }

    @Test(arguments: [(10, 200, 2), (30, 200, 3), (100, 2000, 3), (10, 1000, 8)])
    func churnWithinTheGoalOnEveryEvent(m: Int, r: Int, n: Int) throws {
        let report = try SubsettingEvaluation.run(
            BalancedSubsetting(), on: SubsettingScenario(activators: m, revisions: r, size: n), timingRuns: 1,
            clock: StepClock(step: .zero))
        for outcome in report.events {
            #expect(outcome.churn.ratio <= 1.2, "\(outcome.event): \(outcome.churn)")
            #expect(outcome.churn.ratio >= 0.75, "\(outcome.event) moved too little: \(outcome.churn)")
            #expect(outcome.balance.loadMaxOverMean <= max(1.10, outcome.balance.countBound + 1e-9), "\(outcome.event)")
        }
    }

    /// Given its own output as the previous subsets, it changes nothing: a restarted controller
    /// (or a second replica) computes the same assignment.
    @Test func itsOwnOutputIsAFixedPoint() throws {
        var generator = InputGenerator(seed: 21)
        for _ in 0..<150 {
            let input = try generator.input()
            let first = BalancedSubsetting().assign(input)
            #expect(BalancedSubsetting().assign(input.withPrevious(first.assignments)) == first)
        }
    }

    @Test func aRecoveredNodeTakesItsShareBack() throws {
        let input = try SubsettingScenario(activators: 12, revisions: 300, size: 3).makeInput()
        let base = BalancedSubsetting().assign(input)
        let (failed, lost) = SubsettingEvent.nodeFailure.apply(to: input.activators)
        let during = BalancedSubsetting().assign(
            try SubsettingInput(activators: failed, revisions: input.revisions).withPrevious(base.assignments))
        #expect(during.assignments.values.allSatisfy { Set($0).isDisjoint(with: lost) })
        let recovered = BalancedSubsetting().assign(input.withPrevious(during.assignments))
        let counts = recovered.assignments.values.reduce(into: [String: Int]()) { counts, subset in
            for id in subset { counts[id, default: 0] += 1 }
        }
        let back = try #require(lost.first.flatMap { counts[$0] })
        #expect(back >= 70)  // fair share: 900 memberships / 12 = 75, floor 95 %
    }

    @Test func zeroLoadRevisionsStillSpread() throws {
        let activators = (1...4).map { Activator(id: "a\($0)", ip: "10.0.0.\($0)", node: "n\($0)") }
        let revisions = (1...40).map { RevisionDemand(key: "r\($0)", size: 1, load: 0) }
        let output = BalancedSubsetting().assign(try SubsettingInput(activators: activators, revisions: revisions))
        let counts = output.assignments.values.reduce(into: [String: Int]()) { $0[$1[0], default: 0] += 1 }
        #expect(counts.values.sorted() == [10, 10, 10, 10])
    }
}

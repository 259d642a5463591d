import RevisionScaling
import Testing
@testable import ScalingSimulator

/// The p99 floor no policy scaling from zero could beat, in closed form.
@Suite struct LatencyLowerBoundTests {
    @Test func nearestRankOverTheFirstWindowWaitsPaddedWithZeros() {
        // 100 requests: rank ceil(99) = 99 → the second smallest of the three non-zero waits.
        #expect(LatencyLowerBound.p99(waits: [5, 4, 3], requests: 100) == 4)
        // 200 requests: rank 198 → the smallest non-zero wait (197 zeros come first).
        #expect(LatencyLowerBound.p99(waits: [5, 4, 3], requests: 200) == 3)
        // 1000 requests: rank 990 falls on a zero.
        #expect(LatencyLowerBound.p99(waits: [5, 4, 3], requests: 1000) == 0)
        #expect(LatencyLowerBound.p99(waits: [], requests: 10) == 0)
        #expect(LatencyLowerBound.p99(waits: [2], requests: 0) == 0)
    }

    @Test func boundsEveryPolicyOnAScenarioFromZero() throws {
        // Even arrivals at 10 rps from 5 s (5.05, 5.15, …); fastest launch 0.5 + 4 + 2 + 1 = 7.5 s →
        // the 75 requests at 5.05 … 12.45 s wait at least 12.55 − arrival (7.5, 7.4, …, 0.1 s).
        var scenario = Scenario()
        scenario.name = "floor"
        scenario.durationSeconds = 40
        scenario.traffic = .steps([.init(at: 5, rps: 10)])
        scenario.arrivals = .even
        scenario.workload.containerConcurrency = 5
        scenario.cluster.imagePullSeconds = 4
        for policy in [PolicyName.knative, .thaw] {
            scenario.policy = policy
            let summary = try Simulation.run(scenario).summary
            #expect(summary.firstWindowRequests == 75)
            // 350 requests: rank 347 → 347 − 275 zeros = 72nd smallest of 0.1 … 7.5 s = 7.2 s.
            #expect(abs(summary.latencyP99LowerBoundMilliseconds - 7200) < 0.01)
            #expect(summary.coldStartDelayed >= summary.firstWindowRequests)
            #expect(summary.latencyP99Milliseconds >= summary.latencyP99LowerBoundMilliseconds)
        }
    }
}

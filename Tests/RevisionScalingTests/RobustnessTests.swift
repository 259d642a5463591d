import Testing
@testable import RevisionScaling

/// Hostile inputs give saturated or zero answers, never a trap.
@Suite struct RobustnessTests {
    @Test(arguments: PolicyName.allCases)
    func extremeTicksDoNotTrap(policy: PolicyName) throws {
        var decider = makeScalingPolicy(policy, spec: try makeSpec(), initialReadyPods: Int.max)
        let inputs = [
            DeciderInput(time: 0, readyPods: Int.max, stableValue: 1e300, panicValue: 1e300, pendingPods: Int.max),
            DeciderInput(time: 2, readyPods: 0, stableValue: .nan, panicValue: .infinity, activatorQueue: .nan, arrivals: Int.max),
            DeciderInput(time: 1e15, readyPods: -5, stableValue: -1, panicValue: -1, arrivals: -3, observedColdStart: -1),
        ]
        for input in inputs {
            let d = decider.decide(input)
            #expect(d.desiredScale >= 0)
            #expect(d.activatorCount >= ActivatorCount.minimum)
        }
    }

    @Test func windowsWithNonsenseParametersStillWork() {
        var w = MetricWindow(window: .nan, granularity: 0)
        w.record(time: 1e18, value: 1)
        #expect(w.average(at: 1e18) == 1)
        var m = MaxTimeWindow(duration: .infinity, granularity: 0)
        m.record(time: .nan, value: 3)
        #expect(m.current == 3)
        var h = IdleTimeHistogram(binSeconds: 0, rangeSeconds: -1)
        h.record(.infinity)
        #expect(h.total == 1)
    }

    @Test func booleansFollowGoParseBool() throws {
        #expect(try makeSpec(["enable-scale-to-zero": "FALSE"]).enableScaleToZero == false)
        #expect(try makeSpec(["enable-scale-to-zero": "t"]).enableScaleToZero)
        #expect(throws: AutoscalerSpecError.self) { try makeSpec(["enable-scale-to-zero": "tRUE"]) }
    }
}

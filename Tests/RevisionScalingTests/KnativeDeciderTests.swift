import Testing
@testable import RevisionScaling

/// Golden decisions worked out by hand from the KPA rules. Unless stated otherwise the revision has
/// containerConcurrency 10, so total = 10 and target = 10 × 0.7 = 7 concurrent requests per pod.
@Suite struct KnativeDeciderTests {
    @Test func stablePodsAreCeilingOfStableOverTarget() throws {
        var policy = KnativePolicy(spec: try makeSpec(), initialReadyPods: 1)
        #expect(policy.decide(tick(0, ready: 2, stable: 14, panic: 0)).desiredScale == 2)
        #expect(policy.decide(tick(2, ready: 2, stable: 14.01, panic: 0)).desiredScale == 3)
    }

    @Test func panicEntersAtExactlyTheThreshold() throws {
        // ready 2, panic 28 → ceil(28/7) = 4, 4/2 = 2.0 ≥ 200 % → panic.
        var entering = KnativePolicy(spec: try makeSpec(), initialReadyPods: 1)
        let d = entering.decide(tick(0, ready: 2, stable: 7, panic: 28))
        #expect(d.inPanic)
        #expect(d.desiredScale == 4)
        // panic 21 → 3 pods, 3/2 = 1.5 < 2 → no panic, desired from stable only (1 → clamped up to floor(2/2)=1).
        var calm = KnativePolicy(spec: try makeSpec(), initialReadyPods: 1)
        let c = calm.decide(tick(0, ready: 2, stable: 7, panic: 21))
        #expect(!c.inPanic)
        #expect(c.desiredScale == 1)
    }

    @Test func panicExitNeedsStrictlyMoreThanTheStableWindow() throws {
        var policy = KnativePolicy(spec: try makeSpec(), initialReadyPods: 1)
        #expect(policy.decide(tick(0, ready: 1, stable: 7, panic: 14)).inPanic)  // 2/1 ≥ 2
        #expect(policy.decide(tick(30, ready: 1, stable: 7, panic: 7)).inPanic)
        // 0 + 60 < 60 is false: still panicking at exactly the window.
        #expect(policy.decide(tick(60, ready: 1, stable: 7, panic: 7)).inPanic)
        #expect(!policy.decide(tick(62, ready: 1, stable: 7, panic: 7)).inPanic)
    }

    @Test func panicIsRefreshedWhileOverThreshold() throws {
        var policy = KnativePolicy(spec: try makeSpec(), initialReadyPods: 1)
        _ = policy.decide(tick(0, ready: 1, stable: 7, panic: 14))
        _ = policy.decide(tick(10, ready: 1, stable: 7, panic: 14))  // refresh: panicTime = 10
        #expect(policy.decide(tick(62, ready: 1, stable: 7, panic: 0)).inPanic)
        #expect(policy.decide(tick(70, ready: 1, stable: 7, panic: 0)).inPanic)
        #expect(!policy.decide(tick(72, ready: 1, stable: 7, panic: 0)).inPanic)
    }

    @Test func panicNeverScalesDown() throws {
        var policy = KnativePolicy(spec: try makeSpec(), initialReadyPods: 1)
        // panic 70 → 10 pods (10/1 ≥ 2).
        #expect(policy.decide(tick(0, ready: 1, stable: 7, panic: 70)).desiredScale == 10)
        // stable 14 → 2, panic 14 → 2 (2/10 below threshold): ratchet keeps 10.
        #expect(policy.decide(tick(2, ready: 10, stable: 14, panic: 14)).desiredScale == 10)
        // Higher demand raises the ratchet: panic 84 → 12 (12/10 is below threshold: no refresh).
        #expect(policy.decide(tick(4, ready: 10, stable: 14, panic: 84)).desiredScale == 12)
        #expect(policy.decide(tick(6, ready: 12, stable: 14, panic: 14)).desiredScale == 12)
        // After panic ends (entered at 0, 0 + 60 < 66), the stable value rules: 2 pods, within floor(12/2) = 6 → 6.
        let after = policy.decide(tick(66, ready: 12, stable: 14, panic: 14))
        #expect(!after.inPanic)
        #expect(after.desiredScale == 6)
    }

    @Test func startsInPanicWithMoreThanOneReadyPod() throws {
        var three = KnativePolicy(spec: try makeSpec(), initialReadyPods: 3)
        let d = three.decide(tick(100, ready: 3, stable: 0, panic: 0))
        #expect(d.inPanic)
        #expect(d.desiredScale == 3)  // ratchet floor = initial ready count
        #expect(three.decide(tick(160, ready: 3, stable: 0, panic: 0)).inPanic)  // 100 + 60 < 160 false
        let out = three.decide(tick(162, ready: 3, stable: 0, panic: 0))
        #expect(!out.inPanic)
        #expect(out.desiredScale == 1)  // floor(3 / 2)

        var one = KnativePolicy(spec: try makeSpec(), initialReadyPods: 1)
        let e = one.decide(tick(100, ready: 1, stable: 0, panic: 0))
        #expect(!e.inPanic)
        #expect(e.desiredScale == 0)
    }

    @Test func maxScaleUpRateCapsGrowthWithCeiling() throws {
        var policy = KnativePolicy(spec: try makeSpec(["max-scale-up-rate": "1.5"]), initialReadyPods: 1)
        // stable 700 → 100 pods; cap ceil(1.5 × 3) = 5.
        #expect(policy.decide(tick(0, ready: 3, stable: 700, panic: 0)).desiredScale == 5)
        // With zero ready pods the count is taken as 1: ceil(1.5 × 1) = 2.
        var fromZero = KnativePolicy(spec: try makeSpec(["max-scale-up-rate": "1.5"]), initialReadyPods: 0)
        #expect(fromZero.decide(tick(0, ready: 0, stable: 700, panic: 0)).desiredScale == 2)
    }

    @Test func maxScaleDownRateFloorsTheShrink() throws {
        var policy = KnativePolicy(spec: try makeSpec(["max-scale-down-rate": "3"]), initialReadyPods: 1)
        #expect(policy.decide(tick(0, ready: 10, stable: 0, panic: 0)).desiredScale == 3)  // floor(10/3)
        var unreachable = KnativePolicy(spec: try makeSpec(reachable: false), initialReadyPods: 1)
        #expect(unreachable.decide(tick(0, ready: 10, stable: 0, panic: 0)).desiredScale == 0)
    }

    @Test func minAndMaxScaleBoundTheDecision() throws {
        var bounded = KnativePolicy(
            spec: try makeSpec(annotations: ["min-scale": "3", "max-scale": "4"]), initialReadyPods: 1)
        #expect(bounded.decide(tick(0, ready: 1, stable: 7, panic: 0)).desiredScale == 3)
        #expect(bounded.decide(tick(2, ready: 3, stable: 70, panic: 0)).desiredScale == 4)
        // min-scale does not apply to an unreachable revision.
        var unreachable = KnativePolicy(
            spec: try makeSpec(annotations: ["min-scale": "3"], reachable: false), initialReadyPods: 1)
        #expect(unreachable.decide(tick(0, ready: 1, stable: 7, panic: 0)).desiredScale == 1)
    }

    @Test func initialScaleHoldsUntilFirstReached() throws {
        var policy = KnativePolicy(spec: try makeSpec(annotations: ["initial-scale": "5"]), initialReadyPods: 0)
        #expect(policy.decide(tick(0, ready: 0, stable: 7, panic: 0)).desiredScale == 5)
        #expect(policy.decide(tick(2, ready: 4, stable: 7, panic: 0)).desiredScale == 5)
        #expect(policy.decide(tick(4, ready: 5, stable: 7, panic: 0)).desiredScale == 5)  // reached here
        #expect(policy.decide(tick(6, ready: 5, stable: 7, panic: 0)).desiredScale == 2)  // floor(5/2)
    }

    @Test func activationScaleRaisesOnlyNonZeroDemand() throws {
        var policy = KnativePolicy(spec: try makeSpec(annotations: ["activation-scale": "3"]), initialReadyPods: 0)
        #expect(policy.decide(tick(0, ready: 0, stable: 1, panic: 1)).desiredScale == 3)
        #expect(policy.decide(tick(2, ready: 1, stable: 0, panic: 0)).desiredScale == 0)
    }

    @Test func scaleDownDelayKeepsTheMaxOverTwoSecondBuckets() throws {
        // 10 s delay → 5 buckets of 2 s indexed by floor(t) / 2.
        var policy = KnativePolicy(spec: try makeSpec(["scale-down-delay": "10s"]), initialReadyPods: 1)
        #expect(policy.decide(tick(0, ready: 1, stable: 35, panic: 0)).desiredScale == 5)
        #expect(policy.decide(tick(2, ready: 5, stable: 7, panic: 0)).desiredScale == 5)
        #expect(policy.decide(tick(9.9, ready: 5, stable: 7, panic: 0)).desiredScale == 5)  // bucket 4
        // Bucket 5: bucket 0 (value 5) has left the window; floor(5/2) = 2 is the new desired.
        #expect(policy.decide(tick(10, ready: 5, stable: 7, panic: 0)).desiredScale == 2)
        // Increases pass through at once.
        #expect(policy.decide(tick(12, ready: 2, stable: 42, panic: 0)).desiredScale == 6)
    }

    @Test func excessBurstCapacityForEachTBCMode() throws {
        var positive = KnativePolicy(spec: try makeSpec(["target-burst-capacity": "20"]), initialReadyPods: 1)
        // floor(3 × 10 − 20 − 5.5) = 4
        #expect(positive.decide(tick(0, ready: 3, stable: 7, panic: 5.5)).excessBurstCapacity == 4)
        // The real ready count is used (0, not max(1, 0)): floor(0 − 20 − 0) = −20.
        #expect(positive.decide(tick(2, ready: 0, stable: 7, panic: 0)).excessBurstCapacity == -20)
        var zero = KnativePolicy(spec: try makeSpec(["target-burst-capacity": "0"]), initialReadyPods: 1)
        #expect(zero.decide(tick(0, ready: 0, stable: 7, panic: 50)).excessBurstCapacity == 0)
        var unlimited = KnativePolicy(spec: try makeSpec(["target-burst-capacity": "-1"]), initialReadyPods: 1)
        #expect(unlimited.decide(tick(0, ready: 30, stable: 7, panic: 0)).excessBurstCapacity == -1)
    }

    @Test func activatorCountFollowsCapacityToCover() throws {
        var zero = KnativePolicy(spec: try makeSpec(["target-burst-capacity": "0"]), initialReadyPods: 1)
        #expect(zero.decide(tick(0, ready: 500, stable: 7, panic: 0)).activatorCount == 2)
        var unlimited = KnativePolicy(spec: try makeSpec(["target-burst-capacity": "-1"]), initialReadyPods: 1)
        #expect(unlimited.decide(tick(0, ready: 50, stable: 7, panic: 0)).activatorCount == 5)  // 500/100
        var standard = KnativePolicy(spec: try makeSpec(), initialReadyPods: 1)
        #expect(standard.decide(tick(0, ready: 10, stable: 7, panic: 0)).activatorCount == 4)  // ceil(311/100)
        #expect(standard.decide(tick(2, ready: 0, stable: 7, panic: 0)).activatorCount == 3)  // ceil(211/100)
        var small = KnativePolicy(spec: try makeSpec(["target-burst-capacity": "50"]), initialReadyPods: 1)
        #expect(small.decide(tick(0, ready: 1, stable: 7, panic: 0)).activatorCount == 2)  // ceil(60/100) → min 2
    }

    @Test func requestsPerSecondMetricUsesItsOwnDefault() throws {
        let spec = try makeSpec(annotations: ["metric": "rps"])
        #expect(spec.totalValue == 200)
        #expect(abs(spec.targetValue - 140) < 1e-9)
        var policy = KnativePolicy(spec: spec, initialReadyPods: 1)
        #expect(policy.decide(tick(0, ready: 2, stable: 280, panic: 0)).desiredScale == 2)
        #expect(policy.decide(tick(2, ready: 2, stable: 281, panic: 0)).desiredScale == 3)
    }
}

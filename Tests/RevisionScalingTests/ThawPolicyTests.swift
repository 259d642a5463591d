import Testing
@testable import RevisionScaling

/// The thaw policy's rules, worked by hand. containerConcurrency 10 → target 7, total 10; without an
/// observed cold start the policy assumes 10 s, so its scale-down hold is 20 s.
@Suite struct ThawPolicyTests {
    @Test func scaleDownHoldsThenHalvesTheExcess() throws {
        var policy = ThawPolicy(spec: try makeSpec(), initialReadyPods: 1)
        #expect(policy.decide(tick(0, ready: 1, stable: 7, panic: 70)).desiredScale == 10)
        for t in stride(from: 2.0, through: 20, by: 2) {
            #expect(policy.decide(tick(t, ready: 10, stable: 40, panic: 7)).desiredScale == 10, "t = \(t)")
        }
        // No cliff: 10 → 5 → 3 → 2 → 1 (need 1), one tick at a time.
        let expected = [(22.0, 5), (24, 3), (26, 2), (28, 1), (30, 1)]
        for (t, scale) in expected {
            #expect(policy.decide(tick(t, ready: 10, stable: 40, panic: 7)).desiredScale == scale, "t = \(t)")
        }
    }

    @Test func backlogIsDrainedOverTheColdStartNotProvisionedAsLoad() throws {
        let spec = try makeSpec()
        var thaw = ThawPolicy(spec: spec, initialReadyPods: 2)
        var knative = KnativePolicy(spec: spec, initialReadyPods: 2)
        // Learn S = 0.2 s: 50 rps (100 per 2 s tick) with 10 in flight and no backlog.
        for t in [0.0, 2] {
            let quiet = DeciderInput(time: t, readyPods: 2, stableValue: 10, panicValue: 10, arrivals: 100)
            #expect(thaw.decide(quiet).desiredScale == 2)
            _ = knative.decide(quiet)
        }
        // 1000 requests queued behind starting pods (cold start 20 s): load 10 + backlog drained in half a
        // cold start, 1000 × 0.2 / 10 = 20.
        let backlog = DeciderInput(
            time: 4, readyPods: 2, stableValue: 300, panicValue: 1010, pendingPods: 10, activatorQueue: 1000,
            arrivals: 100, observedColdStart: 20)
        #expect(thaw.decide(backlog).desiredScale == 5)  // ceil(30 / 7)
        #expect(knative.decide(backlog).desiredScale == 145)  // ceil(1010 / 7)
    }

    @Test func beforeServiceTimeIsKnownAOneSecondPriorIsCappedByPanicOnceAReplicaServes() throws {
        var thaw = ThawPolicy(spec: try makeSpec(), initialReadyPods: 0)
        _ = thaw.decide(DeciderInput(time: 0, readyPods: 0, stableValue: 1, panicValue: 1, activatorQueue: 1, arrivals: 1))
        // 150 rps with 300 queued: 150 × 1 s + 300 × 1 s / (10 s / 2) = 210 < panic 235 → ceil(210 / 7) = 30 (KPA: 34).
        let burst = DeciderInput(time: 2, readyPods: 0, stableValue: 100, panicValue: 235, pendingPods: 1, activatorQueue: 300, arrivals: 300)
        #expect(thaw.decide(burst).desiredScale == 30)
        // With a replica serving, a small panic value caps the prior: 20 < 150 + 60 → ceil(20 / 7) = 3.
        var capped = ThawPolicy(spec: try makeSpec(), initialReadyPods: 1)
        _ = capped.decide(DeciderInput(time: 0, readyPods: 1, stableValue: 1, panicValue: 1, activatorQueue: 1, arrivals: 1))
        let small = DeciderInput(time: 2, readyPods: 1, stableValue: 5, panicValue: 20, pendingPods: 1, activatorQueue: 300, arrivals: 300)
        #expect(capped.decide(small).desiredScale == 3)
        // At zero the panic value only averages a queue that is still filling (the window is mostly
        // empty), so it does not cap: 150 × 1 s + 300 × 1 s / 5 s = 210 → 30 (KPA: ceil(20 / 7) = 3).
        var atZero = ThawPolicy(spec: try makeSpec(), initialReadyPods: 0)
        _ = atZero.decide(DeciderInput(time: 0, readyPods: 0, stableValue: 1, panicValue: 1, activatorQueue: 1, arrivals: 1))
        let filling = DeciderInput(time: 2, readyPods: 0, stableValue: 5, panicValue: 20, pendingPods: 1, activatorQueue: 300, arrivals: 300)
        #expect(atZero.decide(filling).desiredScale == 30)
        var kpa = KnativePolicy(spec: try makeSpec(), initialReadyPods: 0)
        _ = kpa.decide(DeciderInput(time: 0, readyPods: 0, stableValue: 1, panicValue: 1))
        #expect(kpa.decide(filling).desiredScale == 3)
    }

    @Test func serviceTimeIsLearnedOnlyFromBacklogFreeWindows() {
        var estimator = DemandEstimator(rateWindow: 6)
        let backlog = DeciderInput(time: 0, readyPods: 2, stableValue: 100, panicValue: 600, activatorQueue: 500, arrivals: 100)
        _ = estimator.demand(backlog)
        // The queue has drained but the 6 s panic average still holds it: no sample.
        _ = estimator.demand(DeciderInput(time: 2, readyPods: 2, stableValue: 100, panicValue: 300, arrivals: 100))
        _ = estimator.demand(DeciderInput(time: 4, readyPods: 2, stableValue: 100, panicValue: 100, arrivals: 100))
        #expect(estimator.serviceTime == nil)
        // At 6 the window is clean: the ticks at 2, 4, 6 report 300 arrivals over (0, 6], 50 rps,
        // so S = 10 / 50 = 0.2 s.
        _ = estimator.demand(DeciderInput(time: 6, readyPods: 2, stableValue: 100, panicValue: 10, arrivals: 100))
        #expect(abs((estimator.serviceTime ?? 0) - 0.2) < 1e-12)
    }

    @Test func podsBeingCreatedCountForTheScaleUpLimit() throws {
        let spec = try makeSpec(["max-scale-up-rate": "2"])
        var thaw = ThawPolicy(spec: spec, initialReadyPods: 1)
        var knative = KnativePolicy(spec: spec, initialReadyPods: 1)
        let input = DeciderInput(time: 0, readyPods: 1, stableValue: 700, panicValue: 700, pendingPods: 4)
        #expect(thaw.decide(input).desiredScale == 10)  // ceil(2 × (1 + 4))
        #expect(knative.decide(input).desiredScale == 2)  // ceil(2 × 1)
    }

    @Test func keepAliveEqualsTheColdStartCostWithoutHistory() throws {
        var policy = ThawPolicy(spec: try makeSpec(), initialReadyPods: 1)
        let busy = { (t: Double) in
            DeciderInput(time: t, readyPods: 1, stableValue: 1, panicValue: 1, arrivals: 2, observedColdStart: 10)
        }
        let idle = { (t: Double) in
            DeciderInput(time: t, readyPods: 1, stableValue: 0, panicValue: 0, arrivals: 0, observedColdStart: 10)
        }
        _ = policy.decide(busy(0))
        // Busy rate 0.3 × (2 / 2 s) = 0.3 rps → cost W × (1 + 0.3 × 10) × 10 = 400 replica-seconds (W = 10).
        _ = policy.decide(busy(2))
        #expect(policy.coldStartCost(coldStart: 10) == 400)
        for t in stride(from: 4.0, through: 400, by: 2) {
            #expect(policy.decide(idle(t)).desiredScale == 1, "t = \(t)")
        }
        let zero = policy.decide(idle(402))  // idle for 400 s since the last request at 2
        #expect(zero.desiredScale == 0)
        #expect(zero.targetScale == 0)
        #expect(zero.activatorInPath)
    }

    @Test func keepAliveRespectsDisabledScaleToZeroAndMinScale() throws {
        var noZero = ThawPolicy(spec: try makeSpec(["enable-scale-to-zero": "false"]), initialReadyPods: 1)
        var minTwo = ThawPolicy(spec: try makeSpec(annotations: ["min-scale": "2"]), initialReadyPods: 1)
        for t in stride(from: 0.0, through: 400, by: 2) {
            let idle = tick(t, ready: 1, stable: 0, panic: 0)
            #expect(noZero.decide(idle).desiredScale == 1)
            #expect(minTwo.decide(idle).desiredScale == 2)
        }
    }

    @Test func scaleDownDelayIsHonoured() throws {
        var policy = ThawPolicy(spec: try makeSpec(["scale-down-delay": "60s"]), initialReadyPods: 1)
        #expect(policy.decide(tick(0, ready: 1, stable: 7, panic: 70)).desiredScale == 10)
        // Without the delay the excess would go at 22 (see scaleDownHoldsThenHalvesTheExcess).
        #expect(policy.decide(tick(40, ready: 10, stable: 7, panic: 7)).desiredScale == 10)
        #expect(policy.decide(tick(58, ready: 10, stable: 7, panic: 7)).desiredScale == 10)
        // Underneath the policy kept deciding (5 at 40, 3 at 58, 2 at 60); at 60 the 10 from 0 leaves the
        // 60 s window and the output is the largest later decision, 5.
        #expect(policy.decide(tick(60, ready: 10, stable: 7, panic: 7)).desiredScale == 5)
    }

    @Test func existingPodsAreKeptThroughTheHold() throws {
        var policy = ThawPolicy(spec: try makeSpec(), initialReadyPods: 5)
        #expect(policy.decide(tick(0, ready: 5, stable: 0, panic: 0)).desiredScale == 5)
        #expect(policy.decide(tick(20, ready: 5, stable: 0, panic: 0)).desiredScale == 5)
        #expect(policy.decide(tick(22, ready: 5, stable: 0, panic: 0)).desiredScale == 2)  // 5 − ceil(5/2)
    }

    @Test func oneRequestDoesNotFlipTheActivatorMode() throws {
        // containerConcurrency 0 → total 100; 3 pods, TBC 211: EBC = 300 − 211 − panic.
        let spec = try makeSpec(containerConcurrency: 0)
        var thaw = ThawPolicy(spec: spec, initialReadyPods: 3)
        var knative = KnativePolicy(spec: spec, initialReadyPods: 3)
        let panics: [Double] = [88, 90, 88, 90, 88]
        var thawModes: [Bool] = []
        var knativeModes: [Bool] = []
        for (i, panic) in panics.enumerated() {
            let input = tick(Double(2 * i), ready: 3, stable: 88, panic: panic)
            thawModes.append(thaw.decide(input).activatorInPath)
            knativeModes.append(knative.decide(input).activatorInPath)
        }
        #expect(knativeModes == [false, true, false, true, false])
        #expect(thawModes == [false, false, false, false, false])
        // A shortfall beyond one pod's capacity switches at once: 300 − 211 − 500 = −411.
        #expect(thaw.decide(tick(10, ready: 3, stable: 88, panic: 500)).activatorInPath)
        // Back to serve only after two non-negative ticks.
        #expect(thaw.decide(tick(12, ready: 3, stable: 88, panic: 10)).activatorInPath)
        #expect(!thaw.decide(tick(14, ready: 3, stable: 88, panic: 10)).activatorInPath)
    }

    @Test func idleHistogramChoosesTheCheapestKeepAlive() {
        func keepAlive(_ h: IdleTimeHistogram, cost: Double) -> IdlePlan {
            h.cheapestPlan(coldStartCost: cost, coldStart: nil, minimum: 4)
        }
        var h = IdleTimeHistogram(binSeconds: 2, rangeSeconds: 3600)
        for _ in 0..<3 { h.record(10) }  // bin [10, 12) → counted at 12
        #expect(keepAlive(h, cost: 100) == IdlePlan(keepAlive: 12))  // 36 vs 3 × 104
        #expect(keepAlive(h, cost: 1) == IdlePlan(keepAlive: 4))  // 3 × 5 vs 36
        var mixed = IdleTimeHistogram(binSeconds: 2, rangeSeconds: 3600)
        for gap in [10.0, 1000, 1000] { mixed.record(gap) }
        // 12: 12 + 2 × (12 + 50) = 136; 4: 3 × 54 = 162; 1002: 12 + 2 × 1002 = 2016.
        #expect(keepAlive(mixed, cost: 50) == IdlePlan(keepAlive: 12))
        var beyond = IdleTimeHistogram(binSeconds: 2, rangeSeconds: 100)
        for _ in 0..<3 { beyond.record(5000) }
        #expect(keepAlive(beyond, cost: 10_000) == IdlePlan(keepAlive: 4))  // nothing covers the overflow
        #expect(IdleTimeHistogram().cheapestPlan(coldStartCost: 50, coldStart: 10, minimum: 4) == IdlePlan(keepAlive: 4))
    }

    @Test func idleHistogramPrewarmsAheadOfLongPredictableGaps() {
        var mixed = IdleTimeHistogram(binSeconds: 2, rangeSeconds: 3600)
        for gap in [10.0, 1000, 1000] { mixed.record(gap) }
        // Keep 12 s for the short gap, then a replica ready at 1000 s (launched at 990) until 1002:
        // 12 + 2 × 12 keep-alive + 2 × (1002 − 1000 + 10) = 60 < 136 without pre-warm.
        #expect(mixed.cheapestPlan(coldStartCost: 50, coldStart: 10, minimum: 4)
            == IdlePlan(keepAlive: 12, prewarm: 1000...1002))

        var periodic = IdleTimeHistogram(binSeconds: 2, rangeSeconds: 3600)
        for gap in [750.0, 800, 900, 1000, 1100] { periodic.record(gap) }
        // Dear cold starts: cover every gap: 5 × 4 + (12 + 62 + 162 + 262 + 362) = 880 < 5 × 1004.
        #expect(periodic.cheapestPlan(coldStartCost: 1000, coldStart: 10, minimum: 4)
            == IdlePlan(keepAlive: 4, prewarm: 750...1102))
        // Cheaper ones: only the last gap: 20 + 4 × 100 + 12 = 432 (all: 880; none: 520; 1000…1002: 444).
        #expect(periodic.cheapestPlan(coldStartCost: 100, coldStart: 10, minimum: 4)
            == IdlePlan(keepAlive: 4, prewarm: 1100...1102))
        // Cheap ones: never pre-warm.
        #expect(periodic.cheapestPlan(coldStartCost: 1, coldStart: 10, minimum: 4) == IdlePlan(keepAlive: 4))
    }

    @Test func idlePlanWantsAReplicaDuringKeepAliveAndFromLaunchThroughTheWindow() {
        let plan = IdlePlan(keepAlive: 12, prewarm: 1000...1002)
        #expect(plan.wantsReplica(idle: 11.9, coldStart: 10))
        #expect(!plan.wantsReplica(idle: 12, coldStart: 10))
        #expect(!plan.wantsReplica(idle: 989, coldStart: 10))
        #expect(plan.wantsReplica(idle: 990, coldStart: 10))
        #expect(plan.wantsReplica(idle: 1002, coldStart: 10))
        #expect(!plan.wantsReplica(idle: 1003, coldStart: 10))
    }

    @Test func thawPrewarmsBeforeTheNextPredictedRequestWhileAtZero() throws {
        var policy = ThawPolicy(spec: try makeSpec(), initialReadyPods: 1)
        func busy(_ t: Double) -> DeciderInput {
            DeciderInput(time: t, readyPods: 1, stableValue: 1, panicValue: 1, arrivals: 1, observedColdStart: 10)
        }
        func idle(_ t: Double, ready: Int) -> DeciderInput {
            DeciderInput(time: t, readyPods: ready, stableValue: 0, panicValue: 0, arrivals: 0, observedColdStart: 10)
        }
        // A request every 600 s (cold start 10 s, cost ≈ 100); once four idle periods of 600 s are
        // known, the plan keeps 4 s and pre-warms 600…602: 4 × (4 + 12) = 64 < 4 × 104.
        var t = 0.0
        for _ in 0..<4 {
            _ = policy.decide(busy(t))
            _ = policy.decide(idle(t + 2, ready: 1))
            t += 600
        }
        _ = policy.decide(busy(t))  // fourth gap recorded
        var scales: [Double: Int] = [:]
        for step in stride(from: t + 2, through: t + 620, by: 2) {
            let ready = (scales[step - 2] ?? 1) > 0 ? 1 : 0
            let decision = ready > 0 ? policy.decide(idle(step, ready: ready)) : policy.decideWithoutData(idle(step, ready: 0))
            scales[step] = decision?.desiredScale
        }
        // Scaled to zero after the keep-alive, back to one a cold start before the predicted request.
        #expect(scales[t + 100] == 0)
        #expect(scales[t + 588] == 0)
        #expect(scales[t + 590] == 1)
        #expect(scales[t + 600] == 1)
        #expect(scales[t + 620] == 0)
    }

    @Test func theKnativePolicyDecidesNothingWithoutData() throws {
        var knative = KnativePolicy(spec: try makeSpec(), initialReadyPods: 0)
        #expect(knative.decideWithoutData(DeciderInput(time: 2, readyPods: 0, stableValue: 0, panicValue: 0)) == nil)
        var thaw = ThawPolicy(spec: try makeSpec(), initialReadyPods: 0)
        // Before any traffic thaw leaves a revision at zero alone too.
        #expect(thaw.decideWithoutData(DeciderInput(time: 2, readyPods: 0, stableValue: 0, panicValue: 0)) == nil)
    }
}

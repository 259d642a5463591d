import Testing
@testable import RevisionScaling

/// The `thaw` policy's tail guard: once cold starts reach the p99 of a revision, its idle plan covers
/// every recorded idle period instead of trading cold starts for replica-seconds.
@Suite struct TailGuardTests {
    @Test func tallyCountsRequestsArrivingWithoutAReadyReplica() {
        var tally = ColdStartTally()
        #expect(!tally.exceeds(share: 0.01))
        tally.record(arrivals: 99, readyPods: 2)
        #expect(!tally.exceeds(share: 0.01))
        tally.record(arrivals: 1, readyPods: 0)  // 1 of 100: not more than 1 %
        #expect(tally.coldRequests == 1 && tally.requests == 100)
        #expect(!tally.exceeds(share: 0.01))
        tally.record(arrivals: 1, readyPods: 0)  // 2 of 101
        #expect(tally.exceeds(share: 0.01))
        tally.record(arrivals: -5, readyPods: 0)
        #expect(tally.coldRequests == 2 && tally.requests == 101)
    }

    @Test func coveringPlanMissesNoRecordedGapAndWidensTheWindow() throws {
        var periodic = IdleTimeHistogram(binSeconds: 2, rangeSeconds: 3600)
        for gap in [750.0, 800, 900, 1000, 1100] { periodic.record(gap) }
        // Cheap cold starts alone would never pre-warm; the covering plan takes 750…1102, widened by
        // 20 %: 600…1322.4.
        #expect(periodic.cheapestPlan(coldStartCost: 1, coldStart: 10, minimum: 4) == IdlePlan(keepAlive: 4))
        let plan = periodic.coveringPlan(coldStart: 10, minimum: 4, margin: 0.2)
        #expect(plan.keepAlive == 4)
        let window = try #require(plan.prewarm)
        #expect(window.lowerBound == 600)
        #expect(abs(window.upperBound - 1322.4) < 1e-9)
        // A gap 15 % beyond the longest seen is still met by a ready replica.
        #expect(plan.wantsReplica(idle: 1265, coldStart: 10))
        #expect(plan.wantsReplica(idle: 640, coldStart: 10))
        #expect(!plan.wantsReplica(idle: 500, coldStart: 10))

        // Short gaps: the cheapest cover is 4 s + a window 30…36 (54 vs 102 keeping 36 s); widened
        // by 75 % it would start at 7.5, before the keep-alive plus a cold start (14).
        var short = IdleTimeHistogram(binSeconds: 2, rangeSeconds: 3600)
        for gap in [30.0, 32, 34] { short.record(gap) }
        #expect(short.coveringPlan(coldStart: 10, minimum: 4, margin: 0.75) == IdlePlan(keepAlive: 4, prewarm: 14...63))

        // Idle times beyond the range cannot be covered; the rest still are.
        var beyond = IdleTimeHistogram(binSeconds: 2, rangeSeconds: 100)
        for gap in [50.0, 50, 5000] { beyond.record(gap) }
        #expect(beyond.coveringPlan(coldStart: 10, minimum: 4, margin: 0) == IdlePlan(keepAlive: 4, prewarm: 50...52))
        #expect(IdleTimeHistogram().coveringPlan(coldStart: 10, minimum: 4, margin: 0.2) == IdlePlan(keepAlive: 4))
    }

    private func input(_ t: Double, ready: Int, arrivals: Int) -> DeciderInput {
        DeciderInput(time: t, readyPods: ready, stableValue: Double(arrivals), panicValue: Double(arrivals),
                     arrivals: arrivals, observedColdStart: 10)
    }

    @Test func aRevisionWhoseRequestsMetColdStartsKeepsItsReplicaForTheRange() throws {
        // From zero: the first request arrives with no ready replica (1 of 1 cold: guarded).
        var guarded = ThawPolicy(spec: try makeSpec(), initialReadyPods: 0)
        _ = guarded.decide(input(0, ready: 0, arrivals: 1))
        _ = guarded.decide(input(1, ready: 1, arrivals: 0))
        // The same traffic on a warm revision: keep-alive = cold-start cost, then zero.
        var warm = ThawPolicy(spec: try makeSpec(), initialReadyPods: 1)
        _ = warm.decide(input(0, ready: 1, arrivals: 1))
        _ = warm.decide(input(1, ready: 1, arrivals: 0))
        let cost = warm.coldStartCost(coldStart: 10)
        #expect(cost < 1000)
        #expect(warm.decide(input(cost + 2, ready: 1, arrivals: 0)).desiredScale == 0)
        for t in [cost + 2, 1000, 3599] {
            #expect(guarded.decide(input(t, ready: 1, arrivals: 0)).desiredScale == 1, "t = \(t)")
        }
        #expect(guarded.decide(input(3601, ready: 1, arrivals: 0)).desiredScale == 0)

        // A busy revision whose burst met a cold start: the guard never shortens the cost rule's
        // keep-alive (here far beyond the hour).
        var busy = ThawPolicy(spec: try makeSpec(), initialReadyPods: 0)
        for t in stride(from: 0.0, through: 9, by: 1) { _ = busy.decide(input(t, ready: 0, arrivals: 100)) }
        _ = busy.decide(input(10, ready: 1, arrivals: 0))
        #expect(busy.coldStartCost(coldStart: 10) > 10_000)
        var scales: [Int] = []
        for t in stride(from: 100.0, through: 9000, by: 100) { scales.append(busy.decide(input(t, ready: 1, arrivals: 0)).desiredScale) }
        #expect(scales.allSatisfy { $0 >= 1 })
        #expect(scales.last == 1)
    }

    @Test func aGuardedRevisionPrewarmsForEveryRecordedGapWithAMargin() throws {
        var policy = ThawPolicy(spec: try makeSpec(), initialReadyPods: 0)
        // One request at zero (guarded), then requests 900, 1000 and 1100 s apart.
        var t = 0.0
        var ready = 0
        for gap in [900.0, 1000, 1100] {
            _ = policy.decide(input(t, ready: ready, arrivals: 1))
            ready = 1
            _ = policy.decide(input(t + 1, ready: ready, arrivals: 0))
            t += gap
        }
        _ = policy.decide(input(t, ready: 1, arrivals: 1))
        // Cover 900…1102 widened by 20 %: ready from 720 s (launched at 710) to 1322.4 s.
        let plan = policy.idlePlan(coldStart: 10)
        #expect(plan.keepAlive == ThawPolicy.minimumKeepAlive)
        #expect(plan.prewarm?.lowerBound == 720)
        #expect(plan.wantsReplica(idle: 1250, coldStart: 10))  // longer than any gap seen
        #expect(!plan.wantsReplica(idle: 600, coldStart: 10))
        // Scaled to zero between the keep-alive and the launch, back one cold start before 720 s.
        #expect(policy.decide(input(t + 100, ready: 1, arrivals: 0)).desiredScale == 0)
        #expect(policy.decideWithoutData(input(t + 709, ready: 0, arrivals: 0))?.desiredScale == 0)
        #expect(policy.decideWithoutData(input(t + 710, ready: 0, arrivals: 0))?.desiredScale == 1)
        #expect(policy.decide(input(t + 1300, ready: 1, arrivals: 0)).desiredScale == 1)
    }
}

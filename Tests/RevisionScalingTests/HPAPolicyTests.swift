import Testing
@testable import RevisionScaling

/// The `hpa` policy worked by hand: containerConcurrency 10 → target 7 concurrent requests per pod
/// (70 % utilization); r = panic / (ready × 7).
@Suite struct HPAPolicyTests {
    @Test func scalesByTheUsageRatioOutsideTheTolerance() throws {
        var hpa = HPAPolicy(spec: try makeSpec(), initialReadyPods: 4)
        #expect(hpa.tickSeconds == 15)
        // r = 30 / 28 ≈ 1.07: within 10 % → stays at 4.
        #expect(hpa.decide(tick(0, ready: 4, stable: 30, panic: 30)).desiredScale == 4)
        // r = 42 / 28 = 1.5 → ceil(1.5 × 4) = 6.
        #expect(hpa.decide(tick(15, ready: 4, stable: 42, panic: 42)).desiredScale == 6)
    }

    @Test func scaleUpIsLimitedToFourPodsOrDoublingPerPeriod() throws {
        var small = HPAPolicy(spec: try makeSpec(), initialReadyPods: 1)
        // r = 70 / 7 = 10 → 10 wanted; max(1 + 4, 2 × 1) = 5.
        #expect(small.decide(tick(0, ready: 1, stable: 70, panic: 70)).desiredScale == 5)
        var large = HPAPolicy(spec: try makeSpec(), initialReadyPods: 10)
        // r = 700 / 70 = 10 → 100 wanted; max(10 + 4, 2 × 10) = 20.
        #expect(large.decide(tick(0, ready: 10, stable: 700, panic: 700)).desiredScale == 20)
    }

    @Test func scaleDownWaitsForTheStabilizationWindowAndNeverReachesZero() throws {
        var hpa = HPAPolicy(spec: try makeSpec(), initialReadyPods: 6)
        #expect(hpa.decide(tick(0, ready: 6, stable: 42, panic: 42)).desiredScale == 6)  // r = 1
        // Load gone: the recommendation is 1 (never 0), but 6 from t = 0 holds for 300 s.
        #expect(hpa.decide(tick(15, ready: 6, stable: 0, panic: 0)).desiredScale == 6)
        #expect(hpa.decide(tick(285, ready: 6, stable: 0, panic: 0)).desiredScale == 6)
        let down = hpa.decide(tick(300, ready: 6, stable: 0, panic: 0))
        #expect(down.desiredScale == 1)
        #expect(down.targetScale == 1)
        #expect(!down.inPanic)
    }

    @Test func boundsAndNoReadyPods() throws {
        var bounded = HPAPolicy(spec: try makeSpec(annotations: ["min-scale": "2", "max-scale": "3"]), initialReadyPods: 2)
        #expect(bounded.decide(tick(0, ready: 2, stable: 700, panic: 700)).desiredScale == 3)
        var cold = HPAPolicy(spec: try makeSpec(), initialReadyPods: 0)
        // No ready pod: no utilization; one replica, activator in the path.
        let first = cold.decide(tick(0, ready: 0, stable: 50, panic: 50))
        #expect(first.desiredScale == 1)
        #expect(first.activatorInPath)
        #expect(cold.decide(tick(15, ready: 0, stable: 500, panic: 500)).desiredScale == 1)
        #expect(cold.decideWithoutData(tick(30, ready: 0, stable: 0, panic: 0)) == nil)
    }
}

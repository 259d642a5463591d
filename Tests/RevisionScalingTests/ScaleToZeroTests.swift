import Testing
@testable import RevisionScaling

@Suite struct ScaleToZeroTests {
    let timing = ScaleToZeroTiming(enabled: true, stableWindow: 60, gracePeriod: 30, retentionPeriod: 0, activationTimeout: 610)

    @Test func activeThenInactiveThenZero() {
        var machine = ScaleToZeroStateMachine(timing: timing, activity: .active, since: 0, activatorInPath: false)
        // Active for less than the stable window: hold one replica.
        let early = machine.step(time: 10, desiredScale: 0, excessBurstCapacity: 5, readyPods: 1, activeThreshold: 1)
        #expect(early == ScaleToZeroStep(targetScale: 1, activatorInPath: false, activity: .active))
        // Active for the stable window: deactivate, activator into the path, scale left alone.
        let deactivate = machine.step(time: 60, desiredScale: 0, excessBurstCapacity: 5, readyPods: 1, activeThreshold: 1)
        #expect(deactivate == ScaleToZeroStep(targetScale: nil, activatorInPath: true, activity: .inactive))
        let waiting = machine.step(time: 89, desiredScale: 0, excessBurstCapacity: 5, readyPods: 1, activeThreshold: 1)
        #expect(waiting.targetScale == nil)
        // Inactive for the grace period: zero.
        let zero = machine.step(time: 90, desiredScale: 0, excessBurstCapacity: 5, readyPods: 1, activeThreshold: 1)
        #expect(zero == ScaleToZeroStep(targetScale: 0, activatorInPath: true, activity: .inactive))
    }

    @Test func retentionPeriodExtendsTheWait() {
        var t = timing
        t.retentionPeriod = 60
        var machine = ScaleToZeroStateMachine(timing: t, activity: .active, since: -100, activatorInPath: false)
        _ = machine.step(time: 0, desiredScale: 0, excessBurstCapacity: 5, readyPods: 1, activeThreshold: 1)
        #expect(machine.step(time: 30, desiredScale: 0, excessBurstCapacity: 5, readyPods: 1, activeThreshold: 1).targetScale == nil)
        #expect(machine.step(time: 59, desiredScale: 0, excessBurstCapacity: 5, readyPods: 1, activeThreshold: 1).targetScale == nil)
        #expect(machine.step(time: 60, desiredScale: 0, excessBurstCapacity: 5, readyPods: 1, activeThreshold: 1).targetScale == 0)
    }

    @Test func activationFromZeroAndItsDeadline() {
        var machine = ScaleToZeroStateMachine(timing: timing, activity: .inactive, since: -.infinity, activatorInPath: true)
        let poke = machine.step(time: 200, desiredScale: 1, excessBurstCapacity: -211, readyPods: 0, activeThreshold: 1)
        #expect(poke == ScaleToZeroStep(targetScale: 1, activatorInPath: true, activity: .activating))
        // Demand gone while still activating: wait for the deadline (610 s, strictly exceeded).
        let stuck = machine.step(time: 810, desiredScale: 0, excessBurstCapacity: -211, readyPods: 0, activeThreshold: 1)
        #expect(stuck == ScaleToZeroStep(targetScale: nil, activatorInPath: true, activity: .activating))
        let timedOut = machine.step(time: 811, desiredScale: 0, excessBurstCapacity: -211, readyPods: 0, activeThreshold: 1)
        #expect(timedOut == ScaleToZeroStep(targetScale: 0, activatorInPath: true, activity: .inactive))
    }

    @Test func readyPodsActivateAndServeDirectly() {
        var machine = ScaleToZeroStateMachine(timing: timing, activity: .inactive, since: -.infinity, activatorInPath: true)
        _ = machine.step(time: 0, desiredScale: 1, excessBurstCapacity: -211, readyPods: 0, activeThreshold: 1)
        let ready = machine.step(time: 10, desiredScale: 1, excessBurstCapacity: 0, readyPods: 1, activeThreshold: 1)
        #expect(ready == ScaleToZeroStep(targetScale: 1, activatorInPath: false, activity: .active))
        #expect(machine.activitySince == 10)
        // Negative EBC puts the activator back in the path without changing activity.
        let burst = machine.step(time: 12, desiredScale: 1, excessBurstCapacity: -3, readyPods: 1, activeThreshold: 1)
        #expect(burst == ScaleToZeroStep(targetScale: 1, activatorInPath: true, activity: .active))
    }

    @Test func disabledScaleToZeroHoldsOneReplica() {
        var t = timing
        t.enabled = false
        var machine = ScaleToZeroStateMachine(timing: t, activity: .active, since: -.infinity, activatorInPath: false)
        #expect(machine.step(time: 1000, desiredScale: 0, excessBurstCapacity: 0, readyPods: 1, activeThreshold: 1).targetScale == 1)
    }

    @Test func knativePolicyGoesToZeroAfterDeactivationAndGrace() throws {
        var policy = KnativePolicy(spec: try makeSpec(), initialReadyPods: 1)
        let first = policy.decide(tick(0, ready: 1, stable: 0, panic: 0))
        #expect(first.desiredScale == 0)
        #expect(first.targetScale == nil)  // long active: deactivate now
        #expect(first.activatorInPath)
        #expect(policy.decide(tick(28, ready: 1, stable: 0, panic: 0)).targetScale == nil)
        #expect(policy.decide(tick(30, ready: 1, stable: 0, panic: 0)).targetScale == 0)
        // A request at zero: desired 1 applied at once, activator stays in the path until pods are ready.
        let wake = policy.decide(tick(100, ready: 0, stable: 0.1, panic: 1))
        #expect(wake.targetScale == 1)
        #expect(wake.activatorInPath)
    }
}

import Foundation
import KubeAPI
import Testing

@testable import ControllerRuntime

@Suite struct ConditionsTests {
    @Test func transitionTimeMovesOnlyWhenStatusChanges() {
        let t0 = Date(timeIntervalSince1970: 1_700_000_000)
        var conditions: [Condition] = []
        do { let value = Conditions.set(&conditions, type: "Ready", status: .false, reason: "Starting", generation: 1, now: t0); #expect(value) }
        do { let value = Conditions.set(&conditions, type: "Ready", status: .false, reason: "StillStarting", generation: 2, now: t0 + 10); #expect(value) }
        #expect(conditions[0].lastTransitionTime == t0)
        #expect(conditions[0].observedGeneration == 2)
        do { let value = !Conditions.set(&conditions, type: "Ready", status: .false, reason: "StillStarting", generation: 2, now: t0 + 20); #expect(value) }
        do { let value = Conditions.set(&conditions, type: "Ready", status: .true, reason: "Up", generation: 2, now: t0 + 30); #expect(value) }
        #expect(conditions[0].lastTransitionTime == t0 + 30)
    }
}

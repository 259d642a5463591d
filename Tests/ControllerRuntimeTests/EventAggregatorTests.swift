import Foundation
import Testing

@testable import ControllerRuntime

@Suite struct EventAggregatorTests {
    let event = EventRecord(involvedNamespace: "ns", involvedName: "web", involvedUID: "u1", involvedKind: "ConfigMap", involvedAPIVersion: "v1", type: "Warning", reason: "Failed", message: "boom")
    let t0 = Date(timeIntervalSince1970: 1_700_000_000)

    @Test func repeatsIncrementOneEvent() {
        var aggregator = EventAggregator()
        guard case .create(let name, _, _) = aggregator.record(event, now: t0) else { Issue.record("expected create"); return }
        #expect(name.hasPrefix("web."))
        do { let value = aggregator.record(event, now: t0 + 1) == .increment(name: name, count: 2, lastTimestamp: t0 + 1); #expect(value) }
        do { let value = aggregator.record(event, now: t0 + 2) == .increment(name: name, count: 3, lastTimestamp: t0 + 2); #expect(value) }
        var other = event
        other.message = "different"
        guard case .create(let otherName, _, _) = aggregator.record(other, now: t0 + 3) else { Issue.record("expected create"); return }
        #expect(otherName != name)
    }

    @Test func aRepeatAfterTheWindowStartsANewEvent() {
        var aggregator = EventAggregator(window: 60)
        _ = aggregator.record(event, now: t0)
        guard case .create = aggregator.record(event, now: t0 + 61) else { Issue.record("expected a new event"); return }
    }
}

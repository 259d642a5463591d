import Foundation
import KubeAPI
import Testing
@testable import KubeLocalCluster

@Suite struct KubeletEventTests {
    @Test func pullAndStartEventsAsKubectlDescribeShowsThem() throws {
        var harness = KubeletHarness()
        harness.add(makePod("web"))
        var events: [KubeletEvent] = []
        events += harness.sync(0).events
        while let next = harness.kubelet.nextEventTime {
            events += harness.sync(next.timeIntervalSince(t0)).events
        }
        #expect(events.map(\.reason) == ["Pulling", "Pulled", "Created", "Started"])
        #expect(events.map(\.message) == [
            "Pulling image \"web:1\"",
            "Successfully pulled image \"web:1\" in 3s (3s including waiting). Image size: 100000000 bytes.",
            "Created container: app", "Started container app",
        ])
        #expect(events.first?.fieldPath == "spec.containers{app}")
        #expect(events.first?.time == at(1))

        harness.add(makePod("again"))
        harness.run(until: 30)
        var second = harness.kubelet.sync(pods: harness.pods, existingSecrets: [], now: at(30)).events
        #expect(second.isEmpty)  // already collected by run(until:)
        var fresh = KubeletHarness()
        try fresh.kubelet.preload("web:1", at: t0)
        fresh.add(makePod("cached", pullPolicy: .ifNotPresent))
        second = fresh.sync(0).events + fresh.sync(1).events
        #expect(second.first?.message == "Container image \"web:1\" already present on machine")
    }

    @Test func failureEvents() {
        var harness = KubeletHarness()
        harness.add(makePod("bad", images: ["nosuch:1"]))
        var events = harness.sync(0).events + harness.sync(1).events + harness.sync(2).events + harness.sync(3).events
        events = events.filter { $0.type == "Warning" || $0.reason == "BackOff" }
        #expect(events.map(\.reason) == ["Failed", "Failed", "BackOff", "Failed"])
        #expect(events.map(\.message).last == "Error: ImagePullBackOff")
        #expect(events.first?.message.hasPrefix("Failed to pull image \"nosuch:1\": rpc error: code = NotFound") == true)
    }

    @Test func goDurations() {
        #expect(GoDuration.format(seconds: 10) == "10s")
        #expect(GoDuration.format(seconds: 80) == "1m20s")
        #expect(GoDuration.format(seconds: 300) == "5m0s")
        #expect(GoDuration.format(seconds: 3600) == "1h0m0s")
        #expect(GoDuration.format(seconds: 2.5) == "2.5s")
        #expect(GoDuration.format(seconds: 0.5) == "500ms")
        #expect(GoDuration.format(seconds: 0.0125) == "12.5ms")
        #expect(GoDuration.format(seconds: 0) == "0s")
    }
}

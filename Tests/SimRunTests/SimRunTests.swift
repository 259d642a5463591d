import Foundation
import Testing
@testable import thaw

/// `thaw sim` end to end on the shipped scenarios: determinism, output shapes, error messages.
@Suite struct SimRunTests {
    private static let scenarios = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scenarios").path

    private func output(_ arguments: [String]) throws -> String {
        try SimRun.parse(arguments).output()
    }

    private func scenario(_ name: String) -> String { "\(Self.scenarios)/\(name).yaml" }

    @Test func sameScenarioAndSeedPrintTheSameBytes() throws {
        let arguments = ["--scenario", scenario("cold-burst"), "--duration", "60s", "--compare", "knative,thaw"]
        let first = try output(arguments)
        #expect(try output(arguments) == first)
        #expect(try output(arguments + ["--format", "csv"]) == output(arguments + ["--format", "csv"]))
        #expect(try output(arguments + ["--seed", "99"]) != first)
    }

    @Test func jsonSummaryHasTheIssueFields() throws {
        let text = try output(["--scenario", scenario("step-surge"), "--duration", "40s"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        for key in [
            "requests", "completed", "failed", "cold_start_delayed", "cold_start_share", "latency_p50_ms", "latency_p95_ms",
            "latency_p99_ms", "replica_seconds", "peak_replicas", "scale_events", "panic_episodes", "time_at_zero_s",
        ] {
            #expect(object[key] != nil, "missing \(key)")
        }
        #expect(object["scenario"] as? String == "step-surge")
    }

    @Test func compareAndSweepShapes() throws {
        let compared = try output(["--scenario", scenario("cold-burst"), "--duration", "40s", "--compare", "knative,thaw"])
        let byPolicy = try #require(try JSONSerialization.jsonObject(with: Data(compared.utf8)) as? [String: Any])
        #expect(Set(byPolicy.keys) == ["knative", "thaw"])

        let swept = try output([
            "--scenario", scenario("slow-image"), "--duration", "60s", "--sweep", "cluster.warm_node_share=0,1",
        ])
        let runs = try #require(try JSONSerialization.jsonObject(with: Data(swept.utf8)) as? [[String: Any]])
        #expect(runs.map { $0["sweep_value"] as? String } == ["0", "1"])
        let delayed = runs.compactMap { $0["cold_start_delayed"] as? Int }
        #expect(delayed.count == 2 && delayed[1] < delayed[0])  // the cached image shortens the cold start

        let csv = try output(["--scenario", scenario("ramp"), "--duration", "20s", "--format", "csv", "--compare", "knative,thaw"])
        let lines = csv.split(separator: "\n")
        #expect(lines.first?.hasPrefix("policy,time_s,rps,concurrency,") == true)
        #expect(lines.count == 1 + 2 * 20)
    }

    @Test func traceListsMovements() throws {
        let trace = try output(["--scenario", scenario("cold-burst"), "--duration", "31s", "--trace"])
        #expect(trace.contains("request#0 traffic-source -> activator-buffer"))
        #expect(trace.contains("replica#0 replica-source -> scheduling"))
    }

    @Test func malformedScenarioNamesFileAndKey() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).yaml")
        try "traffic:\n  pattern: uniform\n  rps: lots\n".write(to: file, atomically: true, encoding: .utf8)
        do {
            _ = try output(["--scenario", file.path])
            Issue.record("expected an error")
        } catch {
            #expect("\(error)" == "\(file.path): traffic.rps: expected a number, got 'lots'")
        }
        #expect(throws: (any Error).self) { try output(["--set", "cluster.nodes=0"]) }
        #expect(throws: (any Error).self) { try output(["--compare", "knative,kpa"]) }
    }

    @Test func serveRejectsOptionsThatOnlyApplyToPrintedOutput() throws {
        #expect(throws: (any Error).self) { try SimRun.parse(["--serve", "--format", "csv"]) }
        #expect(throws: (any Error).self) { try SimRun.parse(["--serve", "--sweep", "seed=1,2"]) }
        #expect(throws: (any Error).self) { try SimRun.parse(["--serve", "--port", "70000"]) }
        let serve = try SimRun.parse(["--serve", "--port", "0", "--compare", "knative,thaw"])
        #expect(serve.serve && serve.port == 0)
    }

    @Test func summaryCarriesTheFirstColdStartWindowFigures() throws {
        // cold-burst starts at zero: first arrival ≈ 30 s, fastest launch 0.5 + 10 + 2 + 1 = 13.5 s at 150 rps.
        let text = try output(["--scenario", scenario("cold-burst"), "--duration", "60s"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let window = try #require(object["first_window_requests"] as? Int)
        #expect((1800...2250).contains(window))
        let after = try #require(object["cold_start_delayed_after_first_window"] as? Int)
        let all = try #require(object["cold_start_delayed"] as? Int)
        #expect(after < all && all - after <= window)
        // The p99 floor: most of the 60 s run's requests arrive in the 13.5 s window, so it is ≈ 13 s.
        let floor = try #require(object["latency_p99_lower_bound_ms"] as? Double)
        #expect((12_000...13_500).contains(floor))
        #expect(try #require(object["latency_p99_ms"] as? Double) >= floor)
        // step-surge starts with a ready replica: nothing is left out.
        let surge = try output(["--scenario", scenario("step-surge"), "--duration", "40s"])
        let surgeObject = try #require(try JSONSerialization.jsonObject(with: Data(surge.utf8)) as? [String: Any])
        #expect(surgeObject["first_window_requests"] as? Int == 0)
        #expect(surgeObject["latency_p99_lower_bound_ms"] as? Double == 0)
        #expect(surgeObject["latency_p99_after_first_window_ms"] as? Double == surgeObject["latency_p99_ms"] as? Double)
    }
}

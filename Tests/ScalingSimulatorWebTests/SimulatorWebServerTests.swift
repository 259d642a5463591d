import AsyncHTTPClient
import Foundation
import Logging
import ScalingSimulatorWeb
import Testing

/// `thaw sim --serve` over real HTTP: the JSON data endpoint, the HTML page and error answers.
@Suite(.serialized) struct SimulatorWebServerTests {
    static let yaml = """
        name: web-test
        duration: 60s
        seed: 1
        traffic: {pattern: step, base_rps: 10, step_rps: 60, at: 20s}
        workload: {container_concurrency: 10, service_time: {distribution: exponential, mean: 200ms}}
        cluster: {initial_replicas: 0, image_pull: 5s}
        """

    struct Reply {
        var status: UInt
        var contentType: String
        var body: String
    }

    /// Runs a server on a free port for `body`, then stops it.
    func withServer(_ body: (String) async throws -> Void) async throws {
        let scenario = WebScenario(yaml: Self.yaml, file: "web-test.yaml", loadFile: { path in
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: path])
        })
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let server = SimulatorWebServer(scenario: scenario, port: 0, logger: Logger(label: "test")) { continuation.yield($0) }
        let serving = Task { try await server.run() }
        defer { serving.cancel() }
        var iterator = ports.makeAsyncIterator()
        let port = try #require(await iterator.next())
        try await body("http://127.0.0.1:\(port)")
        serving.cancel()
        _ = try? await serving.value
    }

    func get(_ url: String) async throws -> Reply {
        let response = try await HTTPClient.shared.execute(HTTPClientRequest(url: url), timeout: .seconds(60))
        let body = try await response.body.collect(upTo: 64 << 20)
        return Reply(status: response.status.code, contentType: response.headers.first(name: "content-type") ?? "", body: String(buffer: body))
    }

    @Test func dataEndpointReturnsEachPolicysSummaryAndSeries() async throws {
        try await withServer { base in
            let reply = try await get(base + "/api/run?seed=3&policies=knative,thaw")
            #expect(reply.status == 200)
            #expect(reply.contentType.hasPrefix("application/json"))
            let root = try #require(try JSONSerialization.jsonObject(with: Data(reply.body.utf8)) as? [String: Any])
            #expect(root["scenario"] as? String == "web-test")
            #expect(root["seed"] as? Int == 3)
            let runs = try #require(root["policies"] as? [[String: Any]])
            #expect(runs.map { $0["policy"] as? String } == ["knative", "thaw"])
            var requestCounts: [Int] = []
            for run in runs {
                let summary = try #require(run["summary"] as? [String: Any])
                let series = try #require(run["series"] as? [String: Any])
                let seconds = try #require(series["time_s"] as? [Int])
                let rps = try #require(series["rps"] as? [Int])
                let ready = try #require(series["replicas_ready"] as? [Int])
                #expect(seconds.first == 0 && seconds.count == 60)
                #expect(rps.count == seconds.count && ready.count == seconds.count)
                // The series adds up to the summary, and the burst got replicas.
                let requests = try #require(summary["requests"] as? Int)
                #expect(rps.reduce(0, +) == requests)
                #expect((ready.max() ?? 0) >= 1)
                #expect(summary["latency_p99_ms"] is Double)
                requestCounts.append(requests)
            }
            #expect(requestCounts[0] == requestCounts[1])  // both policies see the same arrivals
            // Deterministic: the same query gives the same bytes; another seed does not.
            #expect(try await get(base + "/api/run?seed=3&policies=knative,thaw").body == reply.body)
            #expect(try await get(base + "/api/run?seed=4&policies=knative,thaw").body != reply.body)
        }
    }

    @Test func pageShowsTheComparisonAsInlineSVG() async throws {
        try await withServer { base in
            let reply = try await get(base + "/?duration=40s")
            #expect(reply.status == 200)
            #expect(reply.contentType.hasPrefix("text/html"))
            #expect(reply.body.contains("<h1>thaw sim: web-test</h1>"))
            #expect(reply.body.components(separatedBy: "<svg").count - 1 == 4)
            #expect(reply.body.contains("<th>knative</th><th>thaw</th>"))
            #expect(reply.body.contains("knative ready") && reply.body.contains("thaw +launching"))
            #expect(reply.body.contains("/api/run?policies=knative,thaw,hpa&amp;duration=40s"))
            // Self-contained: no scripts or external resources.
            #expect(!reply.body.contains("<script") && !reply.body.contains("src=") && !reply.body.contains("href=\"http"))
            #expect(try await get(base + "/healthz").body == "ok\n")
        }
    }

    @Test func invalidParametersAnswer400NamingThem() async throws {
        try await withServer { base in
            let seed = try await get(base + "/api/run?seed=abc")
            #expect(seed.status == 400)
            #expect(seed.body.contains("seed=abc"))
            let policy = try await get(base + "/api/run?policies=knative,kpa")
            #expect(policy.status == 400)
            #expect(policy.body.contains("'kpa'"))
            let duration = try await get(base + "/?duration=soon")
            #expect(duration.status == 400)
            #expect(duration.body.contains("duration"))
            let long = try await get(base + "/api/run?duration=48h")
            #expect(long.status == 400)
            #expect(long.body.contains("24h"))
        }
    }
}

#if canImport(Glibc)
import Glibc
#endif
import KubeAPI
import KubeClient
import Testing

@Suite("Retries and rate limiting over HTTP")
struct RetryTests {
    static let ok = ScriptedResponse.json(200, #"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a"}}"#)
    static let throttled = ScriptedResponse.json(429, #"{"kind":"Status","apiVersion":"v1","status":"Failure","reason":"TooManyRequests","code":429,"message":"slow down"}"#,
                                                 headers: [("Retry-After", "0")])

    func configuration(_ port: Int) -> KubeClientConfiguration {
        var configuration = KubeClientConfiguration(server: "http://127.0.0.1:\(port)")
        configuration.retry = RetryPolicy(maximumAttempts: 4, baseDelay: .milliseconds(1), maximumDelay: .milliseconds(5))
        return configuration
    }

    @Test(arguments: [429, 503, 504])
    func idempotentRequestsAreRetried(code: Int) async throws {
        let server = try await ScriptedHTTPServer { _, index in
            index < 2 ? .json(code, "{}", headers: [("Retry-After", "0")]) : Self.ok
        }
        defer { Task { try? await server.stop() } }
        let object = try await KubeClient.with(configuration(server.port)) { try await $0.resource(ConfigMap.self).get("a") }
        #expect(object.metadata.name == "a")
        #expect(server.recorded.count == 3)
    }

    @Test func nonIdempotentRequestsAreNotRetried() async throws {
        let server = try await ScriptedHTTPServer { _, _ in Self.throttled }
        defer { Task { try? await server.stop() } }
        let error = await #expect(throws: KubeAPIError.self) {
            try await KubeClient.with(configuration(server.port)) { client in
                _ = try await client.resource(ConfigMap.self).create(configMap("a"))
            }
        }
        #expect(error?.isTooManyRequests == true)
        #expect(error?.message == "slow down")
        #expect(server.recorded.count == 1)
    }

    @Test func retriesStopAfterTheMaximumAttempts() async throws {
        let server = try await ScriptedHTTPServer { _, _ in Self.throttled }
        defer { Task { try? await server.stop() } }
        await #expect(throws: KubeAPIError.self) {
            try await KubeClient.with(configuration(server.port)) { _ = try await $0.resource(ConfigMap.self).get("a") }
        }
        #expect(server.recorded.count == 4)
    }

    @Test func connectionFailuresAreRetriedThenReported() async throws {
        // A port bound but not listening: connections are refused, and no other test's server can
        // take the port over while the client retries.
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0
            }
        }
        try #require(bound)
        let port = Int(UInt16(bigEndian: address.sin_port))
        let error = await #expect(throws: KubeClientError.self) {
            try await KubeClient.with(configuration(port)) { _ = try await $0.resource(ConfigMap.self).get("a") }
        }
        #expect(error?.kind == .transport)
    }

    @Test func nonStatusErrorBodiesBecomeTypedErrors() async throws {
        let server = try await ScriptedHTTPServer { _, _ in ScriptedResponse(status: 404, headers: [], body: "<html>no</html>") }
        defer { Task { try? await server.stop() } }
        let error = await #expect(throws: KubeAPIError.self) {
            try await KubeClient.with(configuration(server.port)) { _ = try await $0.resource(ConfigMap.self).get("a") }
        }
        #expect(error?.isNotFound == true)
    }

    @Test func rateLimitedClientStillCompletesEveryRequest() async throws {
        let server = try await ScriptedHTTPServer { _, _ in Self.ok }
        defer { Task { try? await server.stop() } }
        var configuration = configuration(server.port)
        configuration.rateLimit = RateLimit(qps: 1000, burst: 5)
        try await KubeClient.with(configuration) { client in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<20 { group.addTask { _ = try await client.resource(ConfigMap.self).get("a") } }
                try await group.waitForAll()
            }
        }
        #expect(server.recorded.count == 20)
        #expect(server.recorded.allSatisfy { $0.header("User-Agent") == "thaw-kubeclient/0.1" })
    }
}

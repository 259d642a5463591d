import KubeAPI
import KubeClient
import Logging
import Metrics
import MetricsTestKit
import Synchronization
import Testing

/// Collects every log line (message and metadata) at trace level.
final class CapturedLogs: Sendable {
    let lines = Mutex<[String]>([])
    var all: String { lines.withLock { $0.joined(separator: "\n") } }

    func logger() -> Logger {
        Logger(label: "test") { _ in Handler(sink: self) }
    }

    struct Handler: LogHandler {
        let sink: CapturedLogs
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) {
            let merged = metadata.merging(event.metadata ?? [:]) { $1 }
            sink.lines.withLock { $0.append("\(event.message) \(merged)") }
        }
    }
}

@Suite("Secrets stay out of errors and logs; metrics")
struct SecretHygieneTests {
    static let token = "SUPER-SECRET-TOKEN-123"

    @Test func noTokenInErrorsLogsOrDescriptions() async throws {
        let server = try await ScriptedHTTPServer { request, _ in
            .json(request.method == "GET" ? 403 : 503,
                  #"{"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Forbidden","code":403,"message":"configmaps \"a\" is forbidden"}"#)
        }
        defer { Task { try? await server.stop() } }
        let logs = CapturedLogs()
        for authentication in [KubeAuthentication.bearerToken(Self.token), .basic(username: "u", password: Self.token)] {
            var configuration = KubeClientConfiguration(server: "http://127.0.0.1:\(server.port)", authentication: authentication)
            configuration.logger = logs.logger()
            configuration.retry = RetryPolicy(maximumAttempts: 2, baseDelay: .milliseconds(1))
            var descriptions = [String(describing: configuration), String(reflecting: configuration.authentication)]
            try await KubeClient.with(configuration) { client in
                do {
                    _ = try await client.resource(ConfigMap.self).get("a")
                } catch {
                    #expect((error as? KubeAPIError)?.isForbidden == true)
                    descriptions.append(String(describing: error))
                    descriptions.append(String(reflecting: error))
                }
            }
            let closed = server.port
            let unreachable = KubeClientConfiguration(server: "http://127.0.0.1:\(closed + 1)", authentication: authentication)
            do {
                _ = try await KubeClient.with(unreachable) { try await $0.resource(ConfigMap.self).get("a") }
            } catch {
                descriptions.append(String(describing: error))
            }
            for text in descriptions + [logs.all] {
                #expect(!text.contains(Self.token))
            }
        }
        #expect(server.recorded.contains { $0.header("Authorization") == "Bearer " + Self.token })
        #expect(logs.all.contains("request failed"))
    }

    @Test func requestMetricsCountCodesMethodsAndHosts() async throws {
        try await withLocalServer(configure: { $0.metricsFactory = TestMetrics() }) { client, _ in
            guard let metrics = client.configuration.metricsFactory as? TestMetrics else { return }
            let configMaps = client.resource(ConfigMap.self)
            _ = try await configMaps.create(configMap("a"))
            _ = try await configMaps.get("a")
            _ = try? await configMaps.get("missing")
            let counters = metrics.counters.filter { $0.label == "rest_client_requests_total" }
            func count(_ code: String, _ method: String) -> Int64 {
                counters.filter { counter in
                    counter.dimensions.contains { $0 == ("code", code) } && counter.dimensions.contains { $0 == ("method", method) }
                }.reduce(0) { $0 + $1.totalValue }
            }
            #expect(count("201", "POST") == 1)
            #expect(count("200", "GET") == 1)
            #expect(count("404", "GET") == 1)
            #expect(counters.allSatisfy { $0.dimensions.contains { $0.0 == "host" && $0.1.hasPrefix("127.0.0.1:") } })
            let timers = metrics.timers.filter { $0.label == "rest_client_request_duration_seconds" }
            #expect(timers.reduce(0) { $0 + $1.values.count } == 3)
        }
    }
}

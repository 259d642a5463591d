import Hummingbird
import Logging
import NIOCore
import Prometheus
import ServiceLifecycle

/// The manager's HTTP endpoints, as a service: `/healthz` (liveness), `/readyz` (200 only when
/// every cache has synced; 503 listing each cache that has not, naming the verb refused when
/// 401/403 is the cause) and `/metrics` (Prometheus text of `registry`, the registry the process
/// bootstrapped swift-metrics with).
public struct ProbeServer: ServiceLifecycle.Service {
    public let manager: Manager
    public let registry: PrometheusCollectorRegistry
    public let host: String
    public let port: Int
    private let onListening: @Sendable (Int) -> Void

    /// - Parameters: `port` 0 picks a free port, reported to `onListening`.
    public init(manager: Manager, registry: PrometheusCollectorRegistry, host: String = "0.0.0.0", port: Int = 8081, onListening: @escaping @Sendable (Int) -> Void = { _ in }) {
        self.manager = manager
        self.registry = registry
        self.host = host
        self.port = port
        self.onListening = onListening
    }

    public func run() async throws {
        let router = Router()
        let manager = self.manager
        let registry = self.registry
        router.get("healthz") { _, _ in Self.respond(manager.liveness) }
        router.get("readyz") { _, _ in Self.respond(manager.readiness) }
        router.get("metrics") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4"],
                     body: ResponseBody(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
        }
        let onListening = self.onListening
        let app = Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname(host, port: port)),
            onServerRunning: { channel in onListening(channel.localAddress?.port ?? 0) },
            logger: manager.logger)
        try await app.runService()
    }

    static func respond(_ report: HealthReport) -> Response {
        let text = report.ok ? "ok\n" : report.reasons.map { "- \($0)\n" }.joined()
        return Response(status: report.ok ? .ok : .serviceUnavailable, headers: [.contentType: "text/plain"],
                        body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}

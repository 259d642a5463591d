import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// `thaw sim --serve`: an HTTP server that runs its scenario on request and shows the compared
/// policies over time.
///
/// Endpoints (all GET, query parameters `seed`, `duration`, `policies` as in `RunParameters`):
/// - `/` — the HTML page (`ComparisonPage`): summary table and inline SVG charts, no scripts.
/// - `/api/run` — the same run as JSON (`ComparisonData`).
/// - `/healthz` — `ok`.
/// An invalid parameter or scenario override answers 400 with a message naming it; runs are
/// deterministic, so equal queries give equal bodies. Runs until cancelled or gracefully shut down.
public struct SimulatorWebServer: ServiceLifecycle.Service {
    public let scenario: WebScenario
    public let host: String
    public let port: Int
    private let logger: Logger
    private let onListening: @Sendable (Int) -> Void

    /// - Parameters: `port` 0 picks a free port, reported to `onListening`.
    public init(
        scenario: WebScenario, host: String = "127.0.0.1", port: Int = 8080, logger: Logger,
        onListening: @escaping @Sendable (Int) -> Void = { _ in }
    ) {
        self.scenario = scenario
        self.host = host
        self.port = port
        self.logger = logger
        self.onListening = onListening
    }

    public func run() async throws {
        let router = Router()
        let scenario = self.scenario
        router.get("/") { request, _ in
            Self.respond(request, scenario) { comparison, parameters in
                Response(
                    status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
                    body: ResponseBody(byteBuffer: ByteBuffer(
                        string: ComparisonPage.html(comparison, parameters: parameters, file: scenario.file))))
            }
        }
        router.get("api/run") { request, _ in
            Self.respond(request, scenario) { comparison, _ in
                Response(
                    status: .ok, headers: [.contentType: "application/json"],
                    body: ResponseBody(byteBuffer: ByteBuffer(bytes: try ComparisonData(comparison).encoded())))
            }
        }
        router.get("healthz") { _, _ in Self.text(.ok, "ok\n") }
        let onListening = self.onListening
        let app = Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname(host, port: port)),
            onServerRunning: { channel in onListening(channel.localAddress?.port ?? 0) },
            logger: logger)
        try await app.runService()
    }

    /// Parses the query, runs the comparison and renders it; invalid input → 400 naming it.
    private static func respond(
        _ request: Request, _ scenario: WebScenario,
        render: (ComparisonRun, RunParameters) throws -> Response
    ) -> Response {
        var query: [String: String] = [:]
        for (key, value) in request.uri.queryParameters { query[String(key)] = String(value) }
        do {
            let parameters = try RunParameters(query: query, defaultPolicies: scenario.policies)
            let comparison = try ComparisonRun(scenario, parameters)
            return try render(comparison, parameters)
        } catch let error as EncodingError {
            return text(.internalServerError, "cannot encode the run: \(error)\n")
        } catch {
            return text(.badRequest, "\(error)\n")
        }
    }

    private static func text(_ status: HTTPResponse.Status, _ body: String) -> Response {
        Response(status: status, headers: [.contentType: "text/plain; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }
}

import AsyncHTTPClient
import Hummingbird
import NIOCore
import Synchronization
import ThawTestSupport

/// An HTTP proxy in front of a local API server that plays an older server: for each request,
/// `decide` may answer it directly (a refusal) or rewrite its query before forwarding it. Response
/// bodies (watch streams included) are streamed back as they arrive.
struct RewritingProxy: HTTPResponder {
    typealias Context = BasicRequestContext

    enum Decision: Sendable {
        /// Forward with this query string.
        case forward(query: String)
        /// Answer with this status code and JSON body.
        case answer(code: Int, json: String)
    }

    let upstream: String
    let decide: @Sendable (_ path: String, _ query: String) -> Decision

    func respond(to request: Request, context: Context) async throws -> Response {
        let query: String
        switch decide(request.uri.path, request.uri.query ?? "") {
        case .answer(let code, let json):
            return Response(
                status: HTTPResponse.Status(code: code), headers: [.contentType: "application/json"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: json)))
        case .forward(let rewritten):
            query = rewritten
        }
        var outgoing = HTTPClientRequest(url: upstream + request.uri.path + (query.isEmpty ? "" : "?" + query))
        outgoing.method = .init(rawValue: request.method.rawValue)
        if let type = request.headers[.contentType] { outgoing.headers.add(name: "Content-Type", value: type) }
        if let accept = request.headers[.accept] { outgoing.headers.add(name: "Accept", value: accept) }
        if request.method != .get { outgoing.body = .bytes(try await request.body.collect(upTo: 16 << 20)) }
        let response = try await HTTPClient.shared.execute(outgoing, timeout: .seconds(600))
        var headers = HTTPFields()
        if let type = response.headers.first(name: "Content-Type") { headers[.contentType] = type }
        return Response(status: HTTPResponse.Status(code: Int(response.status.code)), headers: headers, body: ResponseBody(asyncSequence: response.body))
    }

    /// Runs the proxy on a free port for `body`, which gets its base URL.
    static func withRunning<T: Sendable>(upstream: String, decide: @escaping @Sendable (String, String) -> Decision, _ body: (String) async throws -> T) async throws -> T {
        let port = Mutex(0)
        let app = Application(
            responder: RewritingProxy(upstream: upstream, decide: decide),
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in port.withLock { $0 = channel.localAddress?.port ?? 0 } })
        let serving = Task { try await app.runService() }
        defer { serving.cancel() }
        guard await eventually(5, { port.withLock { $0 } != 0 }) else { throw ProxyDidNotStart() }
        return try await body("http://127.0.0.1:\(port.withLock { $0 })")
    }
}

struct ProxyDidNotStart: Error {}

extension String {
    /// This query string without the parameters named in `names`.
    func removingQueryItems(_ names: Set<String>) -> String {
        split(separator: "&").filter { item in
            !names.contains(String(item.split(separator: "=", maxSplits: 1).first ?? ""))
        }.joined(separator: "&")
    }
}

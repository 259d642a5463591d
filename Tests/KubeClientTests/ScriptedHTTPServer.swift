import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL
import Synchronization

/// A request as the scripted server saw it.
struct RecordedRequest: Sendable {
    var method: String
    var uri: String
    var headers: [(String, String)]

    func header(_ name: String) -> String? {
        headers.first { $0.0.lowercased() == name.lowercased() }?.1
    }
}

/// A canned response.
struct ScriptedResponse: Sendable {
    var status: Int
    var headers: [(String, String)] = [("Content-Type", "application/json")]
    var body: String

    static func json(_ status: Int, _ body: String, headers: [(String, String)] = []) -> ScriptedResponse {
        ScriptedResponse(status: status, headers: [("Content-Type", "application/json")] + headers, body: body)
    }
}

/// A tiny HTTP(S) server for tests of behaviour the local API server cannot provoke (429, 503,
/// 401, TLS): it records every request and answers with `respond(request, index)`.
final class ScriptedHTTPServer: Sendable {
    let channel: any Channel
    let requests = Mutex<[RecordedRequest]>([])

    var port: Int { channel.localAddress?.port ?? 0 }
    var recorded: [RecordedRequest] { requests.withLock { $0 } }

    init(tls: TLSConfiguration? = nil,
         respond: @escaping @Sendable (RecordedRequest, Int) -> ScriptedResponse) async throws {
        let sslContext = try tls.map { try NIOSSLContext(configuration: $0) }
        let box = Box()
        channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let sslContext {
                        try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: sslContext))
                    }
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(Handler(server: box, respond: respond))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        box.server.withLock { $0 = self }
    }

    func stop() async throws {
        try await channel.close()
    }

    /// Lets child handlers reach the server before `init` finishes.
    final class Box: Sendable {
        let server = Mutex<ScriptedHTTPServer?>(nil)
    }

    final class Handler: ChannelInboundHandler {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart
        let server: Box
        let respond: @Sendable (RecordedRequest, Int) -> ScriptedResponse
        var head: HTTPRequestHead?

        init(server: Box, respond: @escaping @Sendable (RecordedRequest, Int) -> ScriptedResponse) {
            self.server = server
            self.respond = respond
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head(let requestHead):
                head = requestHead
            case .body:
                break
            case .end:
                guard let requestHead = head else { return }
                let request = RecordedRequest(method: requestHead.method.rawValue, uri: requestHead.uri,
                                              headers: requestHead.headers.map { ($0.name, $0.value) })
                let index = server.server.withLock { server in
                    server?.requests.withLock { list in
                        list.append(request)
                        return list.count - 1
                    } ?? 0
                }
                let response = respond(request, index)
                var headers = HTTPHeaders(response.headers)
                headers.add(name: "Content-Length", value: String(response.body.utf8.count))
                let responseHead = HTTPResponseHead(version: requestHead.version,
                                                    status: HTTPResponseStatus(statusCode: response.status), headers: headers)
                context.write(wrapOutboundOut(.head(responseHead)), promise: nil)
                context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: response.body)))), promise: nil)
                context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            }
        }
    }
}

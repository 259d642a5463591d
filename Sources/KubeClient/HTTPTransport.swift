import AsyncHTTPClient
import Foundation
import KubeAPI
import Logging
import Metrics
import NIOCore
import NIOHTTP1
import NIOSSL

/// Sends `APIRequest`s to one API server: adds authentication and the user agent, applies the
/// rate limit, retries what may be retried, records metrics, and turns non-2xx responses into
/// `KubeAPIError`. Logs carry method, path and code only; headers (credentials) are never logged.
final class HTTPTransport: Sendable {
    let httpClient: HTTPClient
    /// The TLS configuration of `https` connections, to which an exec plugin's certificate is added.
    let baseTLS: TLSConfiguration?
    let baseURL: String
    let host: String
    let configuration: KubeClientConfiguration
    let credentials: CredentialProvider
    let rateLimiter: RateLimiter?
    let metrics: RequestMetrics
    /// The largest response body accepted (lists of many large objects fit).
    let maximumBodyBytes = 1 << 31

    init(configuration: KubeClientConfiguration) throws(KubeClientError) {
        guard let components = URLComponents(string: configuration.server), let scheme = components.scheme,
              let host = components.serverHost, scheme == "http" || scheme == "https" else {
            throw KubeClientError(.invalidRequest, "server \"\(configuration.server)\" is not an http(s) URL")
        }
        var clientConfiguration = HTTPClient.Configuration()
        var urlHost = host
        if scheme == "https" {
            clientConfiguration.tlsConfiguration = try TLSConfigurationBuilder.make(configuration.tls)
            if let serverName = configuration.tls.serverName, serverName != host {
                guard configuration.proxy == nil else {
                    // The tunnel would be opened to `serverName` instead of the server's address.
                    throw KubeClientError(.invalidRequest, "proxy-url together with a tls-server-name other than the server's host is not supported")
                }
                // Connect to `host`, but send `serverName` in SNI and verify the certificate for it.
                urlHost = serverName
                clientConfiguration.dnsOverride = [serverName: host]
            }
        }
        clientConfiguration.timeout = HTTPClient.Configuration.Timeout(
            connect: .nanoseconds(Int64(configuration.connectTimeout.components.seconds) * 1_000_000_000), read: nil)
        clientConfiguration.connectionPool = HTTPClient.Configuration.ConnectionPool(
            idleTimeout: .seconds(90), concurrentHTTP1ConnectionsPerHostSoftLimit: 32)
        // Connection failures go through `RetryPolicy` (bounded attempts, backoff, idempotent
        // requests only) instead of AsyncHTTPClient's retrying until the request deadline.
        clientConfiguration.connectionPool.retryConnectionEstablishment = false
        clientConfiguration.proxy = configuration.proxy.map(Self.proxy)
        clientConfiguration.decompression = .disabled
        clientConfiguration.redirectConfiguration = .disallow
        self.httpClient = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: clientConfiguration)
        self.baseTLS = clientConfiguration.tlsConfiguration
        let port = components.port.map { ":\($0)" } ?? ""
        let hostPart = urlHost.contains(":") ? "[\(urlHost)]" : urlHost
        let prefix = components.path.hasSuffix("/") ? String(components.path.dropLast()) : components.path
        self.baseURL = "\(scheme)://\(hostPart)\(port)\(prefix)"
        self.host = "\(hostPart)\(port)"
        self.configuration = configuration
        self.credentials = CredentialProvider(configuration.authentication)
        self.rateLimiter = configuration.rateLimit.map(RateLimiter.init)
        self.metrics = RequestMetrics(factory: configuration.metricsFactory ?? MetricsSystem.factory, host: self.host)
    }

    func shutdown() async throws {
        try await httpClient.shutdown()
    }

    /// Sends a request and returns its whole 2xx body in one buffer.
    /// - Throws: `KubeAPIError` for an error response, `KubeClientError` for transport failures,
    ///   `ExecPluginError` when credentials cannot be obtained.
    func send(_ request: APIRequest) async throws -> ByteBuffer {
        let response = try await perform(request, timeout: timeAmount(configuration.requestTimeout))
        return try await collect(response.body, expected: response.headers.first(name: "content-length").flatMap { Int($0) })
    }

    /// Sends a request whose 2xx body is a list document and parses it while it arrives, each
    /// item as soon as it is complete (see `JSONListStreamParser`). One child task reads the body
    /// as fast as the server sends it while this task parses, so reading never waits for parsing;
    /// chunks not parsed yet wait in between (at most the body, which `maximumBodyBytes` bounds).
    /// - Throws: as `send`, and `KubeClientError` (`.decoding`) when the body is not JSON or
    ///   exceeds `maximumBodyBytes`.
    func sendList(_ request: APIRequest) async throws -> JSONValue {
        let response = try await perform(request, timeout: timeAmount(configuration.requestTimeout))
        let expected = response.headers.first(name: "content-length").flatMap { Int($0) }
        let limit = maximumBodyBytes
        var parser = JSONListStreamParser(expectedByteCount: expected.flatMap { $0 <= limit ? $0 : nil })
        let (chunks, received) = AsyncThrowingStream<ByteBuffer, any Error>.makeStream()
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                do {
                    var total = 0
                    for try await chunk in response.body {
                        total += chunk.readableBytes
                        guard total <= limit else { throw KubeClientError(.decoding, "response body exceeds \(limit) bytes") }
                        received.yield(chunk)
                    }
                    received.finish()
                } catch {
                    received.finish(throwing: error)
                }
            }
            for try await chunk in chunks {
                chunk.withUnsafeReadableBytes { parser.append($0) }
            }
            // A cancelled iteration ends without an error: report the cancellation, not a
            // truncated document.
            try Task.checkCancellation()
            try await group.waitForAll()
            return try ResponseDecoding.json(finishing: parser)
        }
    }

    /// Opens a streaming request (a watch) and returns its 2xx response with the body unread.
    func open(_ request: APIRequest) async throws -> HTTPClientResponse {
        try await perform(request, timeout: nil)
    }

    /// Sends with retries; each attempt gets `timeout` (none for streams).
    private func perform(_ request: APIRequest, timeout: TimeAmount?) async throws -> HTTPClientResponse {
        let method = request.method.rawValue
        let idempotent = RetryPolicy.isIdempotent(method)
        var attempt = 1
        var reauthenticated = false
        var random = SystemRandomNumberGenerator()
        let url = baseURL + request.target
        while true {
            try Task.checkCancellation()
            if let rateLimiter { try await rateLimiter.acquire() }
            var http = HTTPClientRequest(url: url)
            http.method = request.method
            http.headers.add(name: "User-Agent", value: configuration.userAgent)
            http.headers.add(name: "Accept", value: "application/json")
            let presented = try await credentials.credentials()
            if let authorization = presented.authorization {
                http.headers.add(name: "Authorization", value: authorization)
            }
            if let identity = presented.clientIdentity, let tls = baseTLS {
                // An exec plugin's certificate: connections are pooled per TLS configuration, so
                // requests with the same certificate share connections.
                http.tlsConfiguration = identity.applied(to: tls)
            }
            if let body = request.body {
                http.headers.add(name: "Content-Type", value: request.contentType ?? "application/json")
                http.body = .bytes(ByteBuffer(bytes: body))
            }
            let started = ContinuousClock.now
            let response: HTTPClientResponse
            do {
                let deadline = timeout.map { NIODeadline.now() + $0 } ?? .distantFuture
                response = try await httpClient.execute(http, deadline: deadline)
            } catch {
                metrics.record(method: method, code: "<error>", duration: ContinuousClock.now - started)
                if error is CancellationError || Task.isCancelled { throw CancellationError() }
                let failure = KubeClientError(.transport, "\(method) \(request.path): \(error)")
                if idempotent, attempt < configuration.retry.maximumAttempts, Self.isRetryable(error) {
                    configuration.logger.debug("retrying after transport failure", metadata: ["path": "\(request.path)", "attempt": "\(attempt)"])
                    try await Task.sleep(for: configuration.retry.delay(afterAttempt: attempt, retryAfterSeconds: nil, using: &random))
                    attempt += 1
                    continue
                }
                throw failure
            }
            let code = Int(response.status.code)
            metrics.record(method: method, code: String(code), duration: ContinuousClock.now - started)
            if (200..<300).contains(code) { return response }
            let body = (try? await collect(response.body, expected: nil, limit: 1 << 20)).map { Array($0.readableBytesView) } ?? []
            let error = Self.apiError(code: code, body: body)
            configuration.logger.debug("request failed", metadata: ["method": "\(method)", "path": "\(request.path)", "code": "\(code)"])
            if code == 401, credentials.isRefreshable, !reauthenticated {
                await credentials.invalidate()
                reauthenticated = true
                continue
            }
            if idempotent, RetryPolicy.isRetryable(code: code), attempt < configuration.retry.maximumAttempts {
                let retryAfter = RetryPolicy.parseRetryAfter(response.headers.first(name: "retry-after")) ?? error.retryAfterSeconds
                try await Task.sleep(for: configuration.retry.delay(afterAttempt: attempt, retryAfterSeconds: retryAfter, using: &random))
                attempt += 1
                continue
            }
            throw error
        }
    }

    /// Reads a whole body into one buffer, sized up front when the length is known.
    private func collect(_ body: HTTPClientResponse.Body, expected: Int?, limit: Int? = nil) async throws -> ByteBuffer {
        let limit = limit ?? maximumBodyBytes
        var buffer = ByteBuffer()
        if let expected, expected <= limit { buffer.reserveCapacity(expected) }
        for try await chunk in body {
            guard buffer.readableBytes + chunk.readableBytes <= limit else {
                throw KubeClientError(.decoding, "response body exceeds \(limit) bytes")
            }
            var chunk = chunk
            if buffer.readableBytes == 0 && expected == nil {
                buffer = chunk
            } else {
                buffer.writeBuffer(&chunk)
            }
        }
        return buffer
    }

    static func proxy(_ proxy: KubeProxy) -> HTTPClient.Configuration.Proxy {
        switch proxy.kind {
        case .http:
            let authorization = proxy.username.map { HTTPClient.Authorization.basic(username: $0, password: proxy.password ?? "") }
            return .server(host: proxy.host, port: proxy.port, authorization: authorization)
        case .socks5:
            return .socksServer(host: proxy.host, port: proxy.port)
        }
    }

    static func apiError(code: Int, body: [UInt8]) -> KubeAPIError {
        if let json = try? JSONValue.parse(body), json["kind"]?.stringValue == "Status" {
            var status = Status(json: json)
            if status.code == nil { status.code = code }
            return KubeAPIError(status: status)
        }
        return KubeAPIError(code: code, body: body)
    }

    /// Connection failures worth retrying; TLS verification failures and bad requests are not.
    static func isRetryable(_ error: any Error) -> Bool {
        if error is NIOSSLError || error is BoringSSLError || error is NIOSSLExtraError { return false }
        if let httpError = error as? HTTPClientError {
            return [HTTPClientError.remoteConnectionClosed, .connectTimeout, .readTimeout, .deadlineExceeded].contains(httpError)
        }
        return true
    }

    private func timeAmount(_ duration: Duration) -> TimeAmount {
        .nanoseconds(duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000)
    }
}

import Foundation

/// What a request presents: an `Authorization` header value and a TLS client identity, either
/// of which may be absent.
struct RequestCredentials: Sendable {
    var authorization: String?
    var clientIdentity: TLSClientIdentity?
}

/// Produces the credentials for each request and keeps rotating credentials fresh: token files
/// are re-read every `tokenFileRefresh` and after a 401, exec plugin credentials (a token, a client
/// certificate, or both) are cached until their `expirationTimestamp` and re-fetched after it or
/// after a 401. Concurrent requests that find the cache stale share one plugin run.
actor CredentialProvider {
    let authentication: KubeAuthentication
    let now: @Sendable () -> Date
    let tokenFileRefresh: TimeInterval

    private var cached: RequestCredentials?
    private var cachedUntil: Date?
    private var refreshing: Task<(RequestCredentials, Date?), any Error>?

    init(_ authentication: KubeAuthentication, tokenFileRefresh: TimeInterval = 60,
         now: @escaping @Sendable () -> Date = { Date() }) {
        self.authentication = authentication
        self.tokenFileRefresh = tokenFileRefresh
        self.now = now
    }

    /// Whether a 401 may be cured by fetching the credential again.
    nonisolated var isRefreshable: Bool {
        switch authentication {
        case .tokenFile, .exec: true
        default: false
        }
    }

    /// The header value, or nil for no header authentication.
    /// - Throws: `ExecPluginError` or `KubeClientError` when the credential cannot be obtained.
    func authorization() async throws -> String? {
        try await credentials().authorization
    }

    /// The header value and client identity for the next request.
    /// - Throws: `ExecPluginError` or `KubeClientError` when the credential cannot be obtained.
    func credentials() async throws -> RequestCredentials {
        switch authentication {
        case .none:
            return RequestCredentials()
        case .bearerToken(let token):
            return RequestCredentials(authorization: "Bearer " + token)
        case .basic(let username, let password):
            return RequestCredentials(authorization: "Basic " + Data("\(username):\(password)".utf8).base64EncodedString())
        case .tokenFile, .exec:
            if let cached, cachedUntil.map({ now() < $0 }) ?? true { return cached }
            return try await refresh()
        }
    }

    /// Forgets the cached credential after the server rejected it.
    func invalidate() {
        cached = nil
        cachedUntil = nil
    }

    private func refresh() async throws -> RequestCredentials {
        if let refreshing { return try await refreshing.value.0 }
        let authentication = self.authentication
        let refreshPeriod = tokenFileRefresh
        let started = now()
        let task = Task<(RequestCredentials, Date?), any Error> {
            switch authentication {
            case .tokenFile(let path):
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw KubeClientError(.invalidRequest, "token file \(path) cannot be read")
                }
                let token = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                return (RequestCredentials(authorization: "Bearer " + token), started.addingTimeInterval(refreshPeriod))
            case .exec(let config):
                let credential = try await ExecCredentialPlugin.run(config)
                let credentials = RequestCredentials(authorization: credential.token.map { "Bearer " + $0 },
                                                     clientIdentity: credential.clientIdentity)
                return (credentials, credential.expiration)
            default:
                throw KubeClientError(.invalidRequest, "credential is not refreshable")
            }
        }
        refreshing = task
        defer { refreshing = nil }
        let (credentials, until) = try await task.value
        cached = credentials
        cachedUntil = until
        return credentials
    }
}

import Foundation

/// Produces the `Authorization` header for each request and keeps rotating credentials fresh:
/// token files are re-read every `tokenFileRefresh` and after a 401, exec plugin credentials are
/// cached until their `expirationTimestamp` and re-fetched after it or after a 401. Concurrent
/// requests that find the cache stale share one plugin run.
actor CredentialProvider {
    let authentication: KubeAuthentication
    let now: @Sendable () -> Date
    let tokenFileRefresh: TimeInterval

    private var cachedToken: String?
    private var cachedUntil: Date?
    private var refreshing: Task<(String, Date?), any Error>?

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

    /// The header value, or nil for no authentication.
    /// - Throws: `ExecPluginError` or `KubeClientError` when the credential cannot be obtained.
    func authorization() async throws -> String? {
        switch authentication {
        case .none:
            return nil
        case .bearerToken(let token):
            return "Bearer " + token
        case .basic(let username, let password):
            return "Basic " + Data("\(username):\(password)".utf8).base64EncodedString()
        case .tokenFile, .exec:
            if let cachedToken, cachedUntil.map({ now() < $0 }) ?? true { return "Bearer " + cachedToken }
            return "Bearer " + (try await refresh())
        }
    }

    /// Forgets the cached credential after the server rejected it.
    func invalidate() {
        cachedToken = nil
        cachedUntil = nil
    }

    private func refresh() async throws -> String {
        if let refreshing { return try await refreshing.value.0 }
        let authentication = self.authentication
        let refreshPeriod = tokenFileRefresh
        let started = now()
        let task = Task<(String, Date?), any Error> {
            switch authentication {
            case .tokenFile(let path):
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw KubeClientError(.invalidRequest, "token file \(path) cannot be read")
                }
                let token = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                return (token, started.addingTimeInterval(refreshPeriod))
            case .exec(let config):
                let credential = try await ExecCredentialPlugin.run(config)
                return (credential.token, credential.expiration)
            default:
                throw KubeClientError(.invalidRequest, "credential is not refreshable")
            }
        }
        refreshing = task
        defer { refreshing = nil }
        let (token, until) = try await task.value
        cachedToken = token
        cachedUntil = until
        return token
    }
}

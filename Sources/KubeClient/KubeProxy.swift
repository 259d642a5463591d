import Foundation

/// A proxy every connection to the API server goes through (`clusters[].cluster.proxy-url`): an
/// HTTP proxy, to which the client opens a `CONNECT` tunnel, or a SOCKS5 proxy.
///
/// Only what the transport can do is accepted: `http://[user:password@]host[:port]` (port 80 by
/// default) and `socks5://host[:port]` (port 1080). An `https://` proxy or a SOCKS5 proxy with
/// credentials is rejected with an error saying so. The description never shows the password.
public struct KubeProxy: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        case http
        case socks5
    }

    public var kind: Kind
    public var host: String
    public var port: Int
    /// Basic credentials for an HTTP proxy (`Proxy-Authorization`).
    public var username: String?
    public var password: String?

    public init(kind: Kind, host: String, port: Int, username: String? = nil, password: String? = nil) {
        self.kind = kind
        self.host = host
        self.port = port
        self.username = username
        self.password = password
    }

    /// Parses a proxy URL.
    /// - Throws: `KubeClientError` (`.invalidRequest`) saying what is wrong or unsupported; the
    ///   message never contains the password.
    public init(url text: String) throws(KubeClientError) {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              let host = components.serverHost, !host.isEmpty else {
            throw KubeClientError(.invalidRequest, "proxy URL is not of the form scheme://host[:port]")
        }
        switch scheme {
        case "http":
            kind = .http
        case "socks5":
            kind = .socks5
            guard components.user == nil else {
                throw KubeClientError(.invalidRequest, "SOCKS5 proxies with credentials are not supported")
            }
        case "https":
            throw KubeClientError(.invalidRequest, "https:// proxies are not supported; use an http:// (CONNECT) or socks5:// proxy")
        default:
            throw KubeClientError(.invalidRequest, "proxy scheme \"\(scheme)\" is not supported; use http:// or socks5://")
        }
        guard components.path.isEmpty || components.path == "/" else {
            throw KubeClientError(.invalidRequest, "proxy URL must not have a path")
        }
        self.host = host
        self.port = components.port ?? (kind == .http ? 80 : 1080)
        self.username = components.user
        self.password = components.password
    }

    public var description: String {
        "\(kind.rawValue)://\(username.map { "\($0):<redacted>@" } ?? "")\(host):\(port)"
    }
}

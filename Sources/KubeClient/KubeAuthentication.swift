/// How a client proves who it is with a request header. Client certificates are part of
/// `KubeTLSSettings` instead. The description names the method only, never a secret.
public enum KubeAuthentication: Sendable, Hashable, CustomStringConvertible {
    /// No credentials.
    case none
    /// A fixed bearer token.
    case bearerToken(String)
    /// A bearer token read from a file, re-read when it may have rotated (every minute and after
    /// a 401), as projected service-account tokens are.
    case tokenFile(String)
    /// HTTP basic authentication.
    case basic(username: String, password: String)
    /// A credential plugin run as a process (`users[].user.exec`).
    case exec(ExecCredentialConfig)

    public var description: String {
        switch self {
        case .none: "none"
        case .bearerToken: "bearerToken(<redacted>)"
        case .tokenFile(let path): "tokenFile(\(path))"
        case .basic(let username, _): "basic(\(username), <redacted>)"
        case .exec(let config): "exec(\(config.command))"
        }
    }
}

/// An exec credential plugin (`client.authentication.k8s.io` `ExecCredential` v1 or v1beta1).
public struct ExecCredentialConfig: Sendable, Hashable {
    /// The program; a path with a slash but not absolute is relative to the kubeconfig's folder.
    public var command: String
    public var args: [String]
    /// Extra environment variables, added to the client's own.
    public var env: [String: String]
    /// `client.authentication.k8s.io/v1` or `client.authentication.k8s.io/v1beta1`.
    public var apiVersion: String
    /// Shown when the command is missing.
    public var installHint: String?

    public init(command: String, args: [String] = [], env: [String: String] = [:],
                apiVersion: String = "client.authentication.k8s.io/v1", installHint: String? = nil) {
        self.command = command
        self.args = args
        self.env = env
        self.apiVersion = apiVersion
        self.installHint = installHint
    }
}

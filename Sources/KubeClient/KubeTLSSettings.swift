/// PEM material given either inline or as a file path (read when the client is created).
public enum PEMSource: Sendable, Hashable, CustomStringConvertible {
    case file(String)
    case data([UInt8])

    public var description: String {
        switch self {
        case .file(let path): "file(\(path))"
        case .data: "data(<\(self.byteCount) bytes>)"
        }
    }

    private var byteCount: Int {
        if case .data(let bytes) = self { return bytes.count }
        return 0
    }
}

/// How the client verifies the server and authenticates itself at the TLS layer.
///
/// Verification is on unless `insecureSkipVerify` is explicitly set. The description never
/// contains key material.
public struct KubeTLSSettings: Sendable, Hashable, CustomStringConvertible {
    /// Certificate authorities to trust instead of the system's (`certificate-authority[-data]`).
    public var certificateAuthority: PEMSource?
    /// The client certificate chain (`client-certificate[-data]`).
    public var clientCertificate: PEMSource?
    /// The client's private key (`client-key[-data]`).
    public var clientKey: PEMSource?
    /// The name to send in SNI and to verify the server certificate against (`tls-server-name`).
    public var serverName: String?
    /// Skip verifying the server certificate (`insecure-skip-tls-verify: true` only).
    public var insecureSkipVerify: Bool

    public init(certificateAuthority: PEMSource? = nil, clientCertificate: PEMSource? = nil,
                clientKey: PEMSource? = nil, serverName: String? = nil, insecureSkipVerify: Bool = false) {
        self.certificateAuthority = certificateAuthority
        self.clientCertificate = clientCertificate
        self.clientKey = clientKey
        self.serverName = serverName
        self.insecureSkipVerify = insecureSkipVerify
    }

    public var description: String {
        var parts: [String] = []
        if let certificateAuthority { parts.append("ca: \(certificateAuthority)") }
        if let clientCertificate { parts.append("clientCertificate: \(clientCertificate)") }
        if clientKey != nil { parts.append("clientKey: <redacted>") }
        if let serverName { parts.append("serverName: \(serverName)") }
        if insecureSkipVerify { parts.append("insecureSkipVerify") }
        return "TLS(\(parts.joined(separator: ", ")))"
    }
}

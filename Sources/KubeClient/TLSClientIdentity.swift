import NIOSSL

/// A TLS client identity obtained at run time (from an exec credential plugin): a certificate
/// chain, leaf first, and the private key that goes with it, both already parsed. The description
/// shows the number of certificates only, never the key.
public struct TLSClientIdentity: Sendable, Hashable, CustomStringConvertible {
    public var certificateChain: [NIOSSLCertificate]
    public var privateKey: NIOSSLPrivateKey

    public init(certificateChain: [NIOSSLCertificate], privateKey: NIOSSLPrivateKey) {
        self.certificateChain = certificateChain
        self.privateKey = privateKey
    }

    public var description: String { "TLSClientIdentity(\(certificateChain.count) certificate(s), key: <redacted>)" }

    /// `base` presenting this identity instead of any configured client certificate.
    func applied(to base: TLSConfiguration) -> TLSConfiguration {
        var tls = base
        tls.certificateChain = certificateChain.map { .certificate($0) }
        tls.privateKey = .privateKey(privateKey)
        return tls
    }
}

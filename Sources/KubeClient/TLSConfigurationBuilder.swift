import Foundation
import NIOSSL

/// Turns `KubeTLSSettings` into a NIOSSL client configuration. Errors name the setting, never
/// its content.
enum TLSConfigurationBuilder {
    static func make(_ settings: KubeTLSSettings) throws(KubeClientError) -> TLSConfiguration {
        var tls = TLSConfiguration.makeClientConfiguration()
        if let ca = settings.certificateAuthority {
            let bytes = try read(ca, setting: "certificate-authority")
            do {
                tls.trustRoots = .certificates(try NIOSSLCertificate.fromPEMBytes(bytes))
            } catch {
                throw KubeClientError(.invalidRequest, "certificate-authority (\(ca)) holds no valid PEM certificate")
            }
        }
        if settings.insecureSkipVerify { tls.certificateVerification = .none }
        if let certificate = settings.clientCertificate, let key = settings.clientKey {
            let certificateBytes = try read(certificate, setting: "client-certificate")
            let keyBytes = try read(key, setting: "client-key")
            do {
                tls.certificateChain = try NIOSSLCertificate.fromPEMBytes(certificateBytes).map { .certificate($0) }
            } catch {
                throw KubeClientError(.invalidRequest, "client-certificate (\(certificate)) holds no valid PEM certificate")
            }
            do {
                tls.privateKey = .privateKey(try NIOSSLPrivateKey(bytes: keyBytes, format: .pem))
            } catch {
                throw KubeClientError(.invalidRequest, "client-key (\(key)) holds no valid PEM private key")
            }
        }
        return tls
    }

    static func read(_ source: PEMSource, setting: String) throws(KubeClientError) -> [UInt8] {
        switch source {
        case .data(let bytes):
            return bytes
        case .file(let path):
            guard let data = FileManager.default.contents(atPath: path) else {
                throw KubeClientError(.invalidRequest, "\(setting) file \(path) cannot be read")
            }
            return Array(data)
        }
    }
}

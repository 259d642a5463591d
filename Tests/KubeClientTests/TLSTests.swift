import Foundation
import KubeAPI
import KubeClient
import NIOSSL
import Testing

/// A CA, a server certificate for `kubernetes.internal` only, and a client certificate, made with
/// `openssl` in a temporary folder.
struct TestPKI {
    let directory: String

    static func make() throws -> TestPKI {
        let directory = try temporaryDirectory()
        let commands = [
            "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout ca.key -out ca.crt -days 2 -subj /CN=thaw-test-ca -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign",
            "openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout server.key -out server.csr -subj /CN=kubernetes.internal",
            "printf 'subjectAltName=DNS:kubernetes.internal\\nextendedKeyUsage=serverAuth\\n' > server.ext",
            "openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -out server.crt -days 2 -extfile server.ext",
            "openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout client.key -out client.csr -subj /CN=alice/O=devs",
            "printf 'extendedKeyUsage=clientAuth\\n' > client.ext",
            "openssl x509 -req -in client.csr -CA ca.crt -CAkey ca.key -CAcreateserial -out client.crt -days 2 -extfile client.ext",
        ]
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "set -e; cd '\(directory)'; " + commands.joined(separator: "; ")]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw KubeClientError(.invalidRequest, "openssl failed") }
        return TestPKI(directory: directory)
    }

    func path(_ name: String) -> String { directory + "/" + name }

    func serverTLS(requireClientCertificate: Bool) throws -> TLSConfiguration {
        var tls = TLSConfiguration.makeServerConfiguration(
            certificateChain: try NIOSSLCertificate.fromPEMFile(path("server.crt")).map { .certificate($0) },
            privateKey: .privateKey(try NIOSSLPrivateKey(file: path("server.key"), format: .pem)))
        if requireClientCertificate {
            tls.certificateVerification = .noHostnameVerification
            tls.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(path("ca.crt")))
        }
        return tls
    }
}

@Suite("TLS", .serialized)
struct TLSTests {
    func withTLSServer(requireClientCertificate: Bool = false, _ body: (TestPKI, Int) async throws -> Void) async throws {
        let pki = try TestPKI.make()
        defer { try? FileManager.default.removeItem(atPath: pki.directory) }
        let server = try await ScriptedHTTPServer(tls: try pki.serverTLS(requireClientCertificate: requireClientCertificate)) { _, _ in
            .json(200, #"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a","namespace":"default"}}"#)
        }
        do {
            try await body(pki, server.port)
            try await server.stop()
        } catch {
            try? await server.stop()
            throw error
        }
    }

    func get(_ configuration: KubeClientConfiguration) async throws -> ConfigMap {
        var configuration = configuration
        configuration.retry = .none
        return try await KubeClient.with(configuration) { try await $0.resource(ConfigMap.self).get("a") }
    }

    @Test func verifiedWithTheCAAndServerName() async throws {
        try await withTLSServer { pki, port in
            let tls = KubeTLSSettings(certificateAuthority: .file(pki.path("ca.crt")), serverName: "kubernetes.internal")
            #expect(try await get(KubeClientConfiguration(server: "https://127.0.0.1:\(port)", tls: tls)).metadata.name == "a")
            let inline = KubeTLSSettings(certificateAuthority: .data(Array(try Data(contentsOf: URL(fileURLWithPath: pki.path("ca.crt"))))),
                                         serverName: "kubernetes.internal")
            #expect(try await get(KubeClientConfiguration(server: "https://127.0.0.1:\(port)", tls: inline)).metadata.name == "a")
        }
    }

    @Test func rejectedWithoutTheCA() async throws {
        try await withTLSServer { _, port in
            let error = await #expect(throws: KubeClientError.self) {
                try await get(KubeClientConfiguration(server: "https://127.0.0.1:\(port)", tls: KubeTLSSettings(serverName: "kubernetes.internal")))
            }
            #expect(error?.kind == .transport)
        }
    }

    @Test func rejectedWhenTheNameDoesNotMatch() async throws {
        try await withTLSServer { pki, port in
            let tls = KubeTLSSettings(certificateAuthority: .file(pki.path("ca.crt")))
            await #expect(throws: KubeClientError.self) {
                try await get(KubeClientConfiguration(server: "https://127.0.0.1:\(port)", tls: tls))
            }
        }
    }

    @Test func insecureSkipVerifyOnlyWhenSet() async throws {
        try await withTLSServer { _, port in
            let tls = KubeTLSSettings(insecureSkipVerify: true)
            let object = try await get(KubeClientConfiguration(server: "https://127.0.0.1:\(port)", tls: tls))
            #expect(object.metadata.name == "a")
        }
    }

    @Test func clientCertificateAuthentication() async throws {
        try await withTLSServer(requireClientCertificate: true) { pki, port in
            var tls = KubeTLSSettings(certificateAuthority: .file(pki.path("ca.crt")), serverName: "kubernetes.internal")
            await #expect(throws: KubeClientError.self) {
                try await get(KubeClientConfiguration(server: "https://127.0.0.1:\(port)", tls: tls))
            }
            tls.clientCertificate = .file(pki.path("client.crt"))
            tls.clientKey = .data(Array(try Data(contentsOf: URL(fileURLWithPath: pki.path("client.key")))))
            #expect(try await get(KubeClientConfiguration(server: "https://127.0.0.1:\(port)", tls: tls)).metadata.name == "a")
        }
    }

    @Test func clientCertificateFromAnExecPlugin() async throws {
        try await withTLSServer(requireClientCertificate: true) { pki, port in
            let plugin = pki.path("plugin.sh")
            try write("""
                #!/bin/sh
                cert=$(awk '{printf "%s\\\\n", $0}' "$CERT")
                key=$(awk '{printf "%s\\\\n", $0}' "$KEY")
                printf '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"clientCertificateData":"%s","clientKeyData":"%s"}}' "$cert" "$key"
                """, to: plugin, executable: true)
            let exec = ExecCredentialConfig(command: plugin, env: ["CERT": pki.path("client.crt"), "KEY": pki.path("client.key")])
            let tls = KubeTLSSettings(certificateAuthority: .file(pki.path("ca.crt")), serverName: "kubernetes.internal")
            let configuration = KubeClientConfiguration(server: "https://127.0.0.1:\(port)", authentication: .exec(exec), tls: tls)
            #expect(try await get(configuration).metadata.name == "a")
            let without = KubeClientConfiguration(server: "https://127.0.0.1:\(port)", tls: tls)
            await #expect(throws: KubeClientError.self) { try await get(without) }
        }
    }

    /// The proxy sees a CONNECT for the API server with the proxy credentials; when it refuses,
    /// the request fails rather than going around it.
    @Test func connectionsGoThroughTheProxy() async throws {
        try await withTLSServer { pki, port in
            let proxy = try await ScriptedHTTPServer { _, _ in .json(403, "{}") }
            defer { Task { try? await proxy.stop() } }
            var configuration = KubeClientConfiguration(server: "https://127.0.0.1:\(port)", tls: KubeTLSSettings(insecureSkipVerify: true))
            #expect(try await get(configuration).metadata.name == "a")
            configuration.proxy = try KubeProxy(url: "http://bob:secret@127.0.0.1:\(proxy.port)")
            await #expect(throws: KubeClientError.self) { try await get(configuration) }
            let connect = try #require(proxy.recorded.first)
            #expect(connect.method == "CONNECT")
            #expect(connect.uri == "127.0.0.1:\(port)")
            #expect(connect.header("Proxy-Authorization") == "Basic " + Data("bob:secret".utf8).base64EncodedString())
        }
    }

    @Test func proxyWithAnotherServerNameIsRefused() throws {
        var configuration = KubeClientConfiguration(server: "https://127.0.0.1:1", tls: KubeTLSSettings(serverName: "kubernetes.internal"))
        configuration.proxy = KubeProxy(kind: .http, host: "127.0.0.1", port: 2)
        let error = #expect(throws: KubeClientError.self) { _ = try KubeClient(configuration: configuration) }
        #expect(error?.message.contains("tls-server-name") == true)
    }

    @Test func unusableKeyMaterialIsNamedNotPrinted() throws {
        let secret = "-----BEGIN PRIVATE KEY-----\nTOPSECRETKEYMATERIAL\n-----END PRIVATE KEY-----\n"
        let tls = KubeTLSSettings(certificateAuthority: .data(Array("not a cert".utf8)),
                                  clientCertificate: .data(Array("x".utf8)), clientKey: .data(Array(secret.utf8)))
        let error = #expect(throws: KubeClientError.self) {
            _ = try KubeClient(configuration: KubeClientConfiguration(server: "https://127.0.0.1:1", tls: tls))
        }
        #expect(error?.message.contains("certificate-authority") == true)
        #expect(error?.description.contains("TOPSECRET") == false)
        #expect(!String(describing: tls).contains("TOPSECRET"))
    }
}

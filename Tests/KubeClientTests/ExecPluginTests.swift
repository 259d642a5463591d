import Foundation
import KubeAPI
@testable import KubeClient
import Testing

@Suite("Exec credential plugins and rotating tokens")
struct ExecPluginTests {
    /// A plugin that counts its runs in `count` next to itself and returns `token-N`.
    static let script = """
    #!/bin/sh
    dir=$(dirname "$0")
    n=$(cat "$dir/count" 2>/dev/null || echo 0)
    n=$((n+1))
    echo "$n" > "$dir/count"
    if [ -n "$FAIL" ]; then echo "error: you must log in first" >&2; exit 3; fi
    printf '{"apiVersion":"%s","kind":"ExecCredential","status":{"token":"token-%s","expirationTimestamp":"%s"}}' "$VERSION" "$n" "$EXPIRY"
    """

    struct Plugin {
        let directory: String
        var count: Int { Int((try? String(contentsOfFile: directory + "/count", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "0") ?? 0 }

        func config(expiry: String, version: String = "client.authentication.k8s.io/v1", fail: Bool = false) -> ExecCredentialConfig {
            var env = ["EXPIRY": expiry, "VERSION": version]
            if fail { env["FAIL"] = "1" }
            return ExecCredentialConfig(command: directory + "/plugin.sh", env: env, apiVersion: version)
        }
    }

    func withPlugin(_ body: (Plugin) async throws -> Void) async throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try write(Self.script, to: directory + "/plugin.sh", executable: true)
        try await body(Plugin(directory: directory))
    }

    /// A server that accepts only the bearer tokens in `accepted` and records what it saw.
    func server(accepting accepted: @escaping @Sendable (String?) -> Bool) async throws -> ScriptedHTTPServer {
        try await ScriptedHTTPServer { request, _ in
            accepted(request.header("Authorization"))
                ? .json(200, #"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a"}}"#)
                : .json(401, #"{"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Unauthorized","code":401,"message":"Unauthorized"}"#)
        }
    }

    @Test(arguments: ["client.authentication.k8s.io/v1", "client.authentication.k8s.io/v1beta1"])
    func cachedUntilExpiry(version: String) async throws {
        try await withPlugin { plugin in
            let server = try await server { _ in true }
            defer { Task { try? await server.stop() } }
            let configuration = KubeClientConfiguration(server: "http://127.0.0.1:\(server.port)",
                                                        authentication: .exec(plugin.config(expiry: "2999-01-01T00:00:00Z", version: version)))
            try await KubeClient.with(configuration) { client in
                let configMaps = client.resource(ConfigMap.self)
                for _ in 0..<3 { _ = try await configMaps.get("a") }
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for _ in 0..<8 { group.addTask { _ = try await configMaps.get("a") } }
                    try await group.waitForAll()
                }
            }
            #expect(plugin.count == 1)
            #expect(server.recorded.allSatisfy { $0.header("Authorization") == "Bearer token-1" })
        }
    }

    @Test func rerunAfterExpiry() async throws {
        try await withPlugin { plugin in
            let server = try await server { _ in true }
            defer { Task { try? await server.stop() } }
            let configuration = KubeClientConfiguration(server: "http://127.0.0.1:\(server.port)",
                                                        authentication: .exec(plugin.config(expiry: "2001-01-01T00:00:00Z")))
            try await KubeClient.with(configuration) { client in
                for _ in 0..<3 { _ = try await client.resource(ConfigMap.self).get("a") }
            }
            #expect(plugin.count == 3)
            #expect(server.recorded.map { $0.header("Authorization") } == ["Bearer token-1", "Bearer token-2", "Bearer token-3"])
        }
    }

    @Test func cacheExpiresOnTheInjectedClock() async throws {
        try await withPlugin { plugin async throws in
            let clock = TestClock(Date(timeIntervalSince1970: 1_000_000))
            let provider = CredentialProvider(.exec(plugin.config(expiry: "1970-01-13T00:00:00Z")), now: { clock.now })
            #expect(try await provider.authorization() == "Bearer token-1")
            clock.advance(by: 3600)
            #expect(try await provider.authorization() == "Bearer token-1")
            clock.advance(by: 3 * 86400)
            #expect(try await provider.authorization() == "Bearer token-2")
            #expect(plugin.count == 2)
        }
    }

    @Test func rerunAfter401() async throws {
        try await withPlugin { plugin in
            let server = try await server { $0 == "Bearer token-2" }
            defer { Task { try? await server.stop() } }
            let configuration = KubeClientConfiguration(server: "http://127.0.0.1:\(server.port)",
                                                        authentication: .exec(plugin.config(expiry: "2999-01-01T00:00:00Z")))
            try await KubeClient.with(configuration) { client in
                _ = try await client.resource(ConfigMap.self).get("a")
            }
            #expect(plugin.count == 2)
            #expect(server.recorded.map { $0.header("Authorization") } == ["Bearer token-1", "Bearer token-2"])
        }
    }

    @Test func failingPluginReportsItsStderr() async throws {
        try await withPlugin { plugin in
            let server = try await server { _ in true }
            defer { Task { try? await server.stop() } }
            let configuration = KubeClientConfiguration(server: "http://127.0.0.1:\(server.port)",
                                                        authentication: .exec(plugin.config(expiry: "", fail: true)))
            let error = await #expect(throws: ExecPluginError.self) {
                try await KubeClient.with(configuration) { client in _ = try await client.resource(ConfigMap.self).get("a") }
            }
            #expect(error?.stderr.contains("you must log in first") == true)
            #expect(error?.description.contains("exited with status 3") == true)
            #expect(server.recorded.isEmpty)
        }
    }

    @Test func clientCertificateFieldsAreCheckedAndNamed() throws {
        let config = ExecCredentialConfig(command: "plugin")
        func parse(_ status: String) throws(ExecPluginError) -> ExecCredential {
            let text = #"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":"# + status + "}"
            return try ExecCredentialPlugin.parse(Data(text.utf8), config: config, stderr: "")
        }
        let secret = "-----BEGIN PRIVATE KEY-----\\nTOPSECRETKEYMATERIAL\\n-----END PRIVATE KEY-----\\n"
        let cases: [(status: String, field: String)] = [
            (#"{"clientCertificateData":"x"}"#, "status.clientKeyData is missing"),
            (#"{"clientKeyData":"\#(secret)"}"#, "status.clientCertificateData is missing"),
            (#"{"clientCertificateData":"not a certificate","clientKeyData":"\#(secret)"}"#, "status.clientCertificateData holds no valid PEM"),
            (#"{"clientCertificateData":7,"clientKeyData":"\#(secret)"}"#, "status.clientCertificateData is not a string"),
            (#"{}"#, "neither token nor clientCertificateData"),
        ]
        for (status, field) in cases {
            let error = #expect(throws: ExecPluginError.self) { try parse(status) }
            #expect(error?.description.contains(field) == true, "\(status)")
            #expect(error?.description.contains("TOPSECRET") == false)
        }
        #expect(try parse(#"{"token":"t"}"#).token == "t")
    }

    @Test func rotatedTokenFileIsReReadAfter401() async throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try write("old-token\n", to: directory + "/token")
        let acceptNew = AtomicFlag()
        let server = try await server { header in header == (acceptNew.value ? "Bearer new-token" : "Bearer old-token") }
        defer { Task { try? await server.stop() } }
        let configuration = KubeClientConfiguration(server: "http://127.0.0.1:\(server.port)",
                                                    authentication: .tokenFile(directory + "/token"))
        try await KubeClient.with(configuration) { client in
            _ = try await client.resource(ConfigMap.self).get("a")
            try write("new-token\n", to: directory + "/token")
            acceptNew.set()
            _ = try await client.resource(ConfigMap.self).get("a")
        }
        #expect(server.recorded.map { $0.header("Authorization") } == ["Bearer old-token", "Bearer old-token", "Bearer new-token"])
    }
}

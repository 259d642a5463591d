import ArgumentParser
import Foundation
import KubeAPI
import KubeClient
import KubeLocal
import Logging
import Testing
@testable import thaw

/// The server flags `thaw apiserver` and `thaw dev` share, and `--token-file` end to end.
@Suite struct ServerOptionsTests {
    /// A fresh directory for this test's files.
    func directory() throws -> String {
        let path = NSTemporaryDirectory() + "thaw-server-options-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func message(_ command: any ParsableCommand.Type, _ arguments: [String]) -> String {
        do {
            _ = try command.parseAsRoot(arguments)
            return "accepted"
        } catch {
            return command.message(for: error)
        }
    }

    @Test func bothCommandsParseTheSameServerFlags() throws {
        let arguments = ["--port", "0", "--data-dir", "/tmp/d", "--history", "50", "--retain-parsed-objects", "--log-level", "debug", "--kubeconfig-out", "k.yaml"]
        let apiserver = try #require(try ApiserverCommand.parseAsRoot(arguments) as? ApiserverCommand)
        let dev = try #require(try DevCommand.parseAsRoot(arguments) as? DevCommand)
        for server in [apiserver.server, dev.server] {
            let configuration = server.configuration(tokens: nil, logger: server.logger(label: "test"))
            #expect(configuration.port == 0)
            #expect(configuration.dataDirectory == "/tmp/d")
            #expect(configuration.historyLimit == 50)
            #expect(configuration.retainParsedObjects)
            #expect(configuration.access == nil)
            #expect(server.logger(label: "test").logLevel == .debug)
            #expect(server.kubeconfigPath == FileManager.default.currentDirectoryPath + "/k.yaml")
        }
        #expect(apiserver.cluster.nodes == nil && dev.cluster.nodes == nil)  // each command picks its default
    }

    @Test(arguments: [
        (["--port", "70000"], "--port must be between 0 and 65535, got 70000"),
        (["--history", "0"], "--history must be positive, got 0"),
        (["--log-level", "loud"], "--log-level: unknown level \"loud\""),
        (["--nodes", "6000"], "--nodes/--time-scale: "),
        (["--token-file", "/nonexistent/tokens.csv"], "--token-file: token file /nonexistent/tokens.csv: cannot read it"),
    ])
    func badFlagsAreNamedByBothCommands(_ arguments: [String], _ expected: String) {
        for command in [ApiserverCommand.self, DevCommand.self] as [any ParsableCommand.Type] {
            let text = message(command, arguments)
            #expect(text.contains(expected), "\(command): \(text)")
        }
    }

    @Test func aMalformedTokenFileIsNamedWithItsLineAndTheTokenIsNotShown() throws {
        let file = try directory() + "/tokens.csv"
        try "s3cret-one,alice,1\ns3cret-two,bob\n".write(toFile: file, atomically: true, encoding: .utf8)
        let text = message(ApiserverCommand.self, ["--token-file", file])
        #expect(text.contains("--token-file: token file \(file) line 2: expected at least 3 columns (token, user name, user uid), found 2"), "\(text)")
        #expect(!text.contains("s3cret"))
    }

    @Test func theTokenFileGuardsTheServerAndTheKubeconfigCarriesItsFirstToken() async throws {
        let directory = try directory()
        let tokenFile = directory + "/tokens.csv", kubeconfigFile = directory + "/thaw.kubeconfig"
        try "first-token,admin,1,\"system:masters,dev\"\nsecond-token,viewer,2\n".write(toFile: tokenFile, atomically: true, encoding: .utf8)
        let command = try #require(try ApiserverCommand.parseAsRoot(["--port", "0", "--token-file", tokenFile, "--kubeconfig-out", kubeconfigFile]) as? ApiserverCommand)
        let tokens = try command.server.tokens()
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        let configuration = command.server.configuration(tokens: tokens, logger: logger)
        try await LocalAPIServer.withRunning(configuration: configuration) { _, url in
            ServerOptions.writeKubeconfig(serverURL: url, tokens: tokens, to: try #require(command.server.kubeconfigPath), logger: logger)
            let mode = try #require(try FileManager.default.attributesOfItem(atPath: kubeconfigFile)[.posixPermissions] as? Int)
            #expect(mode == 0o600)

            let withToken = try KubeClientConfiguration.load(environment: ["KUBECONFIG": kubeconfigFile])
            #expect(withToken.authentication == .bearerToken("first-token"))
            let names = try await KubeClient.with(withToken) { client in
                try await client.resource(Namespace.self).list().items.compactMap(\.metadata.name)
            }
            #expect(names.contains("default"))

            let refusal = try await KubeClient.with(KubeClientConfiguration(server: url)) { client in
                do {
                    _ = try await client.resource(Namespace.self).list()
                    return 0
                } catch let error as KubeAPIError {
                    return error.code
                }
            }
            #expect(refusal == 401)
        }
    }
}

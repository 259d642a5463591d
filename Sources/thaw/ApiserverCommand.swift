import ArgumentParser
import KubeLocal
import Logging

/// `thaw apiserver`: serves the Kubernetes API on 127.0.0.1 until SIGINT/SIGTERM, in memory or
/// durably under `--data-dir`, and writes a kubeconfig for kubectl.
struct ApiserverCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apiserver",
        abstract: "Serve a local Kubernetes API on 127.0.0.1 (kubectl and client libraries work against it).")

    @OptionGroup var server: ServerOptions

    @OptionGroup var cluster: SimulatedClusterOptions

    func run() async throws {
        LoggingSystem.bootstrap(StreamLogHandler.standardError)
        let logger = server.logger(label: "thaw.apiserver")
        let tokens = try server.tokens()
        let api = try LocalAPIServer(configuration: server.configuration(tokens: tokens, logger: logger))
        let kubeconfigPath = server.kubeconfigPath
        let cluster = self.cluster, nodes = cluster.nodes ?? 0
        let simulation = SimulatedClusterTask()
        defer { simulation.cancel() }
        try await api.run { boundPort in
            let url = "http://127.0.0.1:\(boundPort)"
            if let kubeconfigPath { ServerOptions.writeKubeconfig(serverURL: url, tokens: tokens, to: kubeconfigPath, logger: logger) }
            logger.info("listening on \(url)")
            simulation.start(cluster, nodes: nodes, client: ServerOptions.clientConfiguration(serverURL: url, tokens: tokens), logger: logger)
        } onShutdown: {
            // Before the server ends its watches, so the cluster's informers do not retry them.
            await simulation.stop()
        }
        logger.info("stopped")
    }
}

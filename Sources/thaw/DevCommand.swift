import ArgumentParser
import ControllerRuntime
import Foundation
import ImageCaching
import KubeAPI
import KubeClient
import KubeLocal
import Logging
import Synchronization

/// `thaw dev`: the local API server, a simulated cluster, Thaw's CRDs and every controller in one
/// process, until SIGINT/SIGTERM. Prints how to point kubectl at it.
struct DevCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dev",
        abstract: "Local API server + simulated cluster + every Thaw controller; prints how to point kubectl at it.")

    @OptionGroup var server: ServerOptions

    @OptionGroup var cluster: SimulatedClusterOptions

    @OptionGroup var imageCache: ImageCacheOptions

    /// Simulated nodes when `--nodes` is absent.
    static let defaultNodes = 3

    func run() async throws {
        LoggingSystem.bootstrap(StreamLogHandler.standardError)
        let logger = server.logger(label: "thaw.dev")
        let tokens = try server.tokens()
        let api = try LocalAPIServer(configuration: server.configuration(tokens: tokens, logger: logger))
        let cluster = self.cluster, nodes = cluster.nodes ?? Self.defaultNodes
        let imageConfiguration = try imageCache.configuration()
        let kubeconfigPath = server.kubeconfigPath ?? ServerOptions.absolute("thaw.kubeconfig")
        let simulation = SimulatedClusterTask()
        let controllers = Mutex<Task<Void, Never>?>(nil)
        defer {
            simulation.cancel()
            controllers.withLock { $0?.cancel() }
        }
        try await api.run { boundPort in
            let url = "http://127.0.0.1:\(boundPort)"
            ServerOptions.writeKubeconfig(serverURL: url, tokens: tokens, to: kubeconfigPath, logger: logger)
            let client = ServerOptions.clientConfiguration(serverURL: url, tokens: tokens)
            simulation.start(cluster, nodes: nodes, client: client, logger: logger)
            let started = Task { await Self.runControllers(client: client, imageCache: imageConfiguration, logger: logger) }
            controllers.withLock { $0 = started }
            print("""
                Thaw dev cluster: API server \(url), \(nodes) simulated nodes, controllers: image-cache.
                  export KUBECONFIG=\(kubeconfigPath)
                  kubectl get nodes
                  kubectl apply -f - <<< '{"apiVersion":"caching.internal.knative.dev/v1alpha1","kind":"Image","metadata":{"name":"demo"},"spec":{"image":"nginx:1.25"}}'
                  kubectl get images\(tokens == nil ? "" : Self.tokenNote)
                Ctrl-C stops it.
                """)
            fflush(nil)  // flushes every output stream, stdout included, when it is a pipe or file
        }
        logger.info("stopped")
    }

    /// Printed with `--token-file`: kubectl (client-go) sends a kubeconfig's token only over HTTPS.
    static let tokenNote = """

          With --token-file, kubectl gets 401: it sends the kubeconfig's token only over HTTPS and this server
          speaks HTTP. Thaw's and the Python Kubernetes clients send it; so does curl -H "Authorization: Bearer TOKEN".
        """

    /// Installs the CRDs, then runs every controller until cancelled.
    static func runControllers(client configuration: KubeClientConfiguration, imageCache: ImageCacheConfiguration, logger: Logger) async {
        do {
            try await KubeClient.with(configuration) { client in
                for definition in CRDsCommand.definitions {
                    do {
                        _ = try await client.resource(CustomResourceDefinition.self).create(definition)
                    } catch let error as KubeAPIError where error.isAlreadyExists {}
                }
                let manager = try Manager(client: client, logger: logger)
                try ImageCacheController.register(on: manager, configuration: imageCache, options: ControllerOptions(workers: 2), logger: logger)
                try await manager.run()
            }
        } catch is CancellationError {
        } catch {
            logger.error("controllers stopped: \(error)")
        }
    }
}

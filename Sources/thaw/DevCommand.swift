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

    @Option(help: "TCP port to listen on (0 picks a free port).")
    var port: Int = 6443

    @Option(name: .customLong("kubeconfig-out"), help: "Where to write the kubeconfig for kubectl.")
    var kubeconfigOut = "thaw.kubeconfig"

    @Option(name: .customLong("data-dir"), help: "Keep state durably in DIR (SQLite); in memory when absent.")
    var dataDir: String?

    @Option(help: "Simulated nodes.")
    var nodes = 3

    @Option(name: .customLong("time-scale"), help: "Simulated seconds per wall-clock second (pulls, starts, readiness).")
    var timeScale: Double = 1

    @Option(help: "Seed of the simulated cluster's random choices.")
    var seed: UInt64 = 1

    @OptionGroup var imageCache: ImageCacheOptions

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical.")
    var logLevel = "info"

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535, got \(port)") }
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("--log-level: unknown level \"\(logLevel)\"") }
        _ = try clusterOptions()
    }

    /// The simulated cluster's options, validated as `thaw apiserver` validates them.
    func clusterOptions() throws -> SimulatedClusterOptions {
        let options = try SimulatedClusterOptions.parse(["--nodes", "\(nodes)", "--time-scale", "\(timeScale)", "--seed", "\(seed)"])
        try options.validate()
        return options
    }

    func run() async throws {
        LoggingSystem.bootstrap(StreamLogHandler.standardError)
        var configuredLogger = Logger(label: "thaw.dev")
        configuredLogger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        let logger = configuredLogger
        var config = LocalAPIServerConfiguration()
        config.port = port
        config.dataDirectory = dataDir
        config.logger = logger
        let server = try LocalAPIServer(configuration: config)
        let cluster = try clusterOptions()
        let imageConfiguration = try imageCache.configuration()
        let kubeconfigPath = kubeconfigOut.hasPrefix("/") ? kubeconfigOut : FileManager.default.currentDirectoryPath + "/" + kubeconfigOut
        let simulation = SimulatedClusterTask()
        let controllers = Mutex<Task<Void, Never>?>(nil)
        defer {
            simulation.cancel()
            controllers.withLock { $0?.cancel() }
        }
        try await server.run { boundPort in
            let url = "http://127.0.0.1:\(boundPort)"
            do {
                try ApiserverCommand.write(Kubeconfig.yaml(serverURL: url), to: kubeconfigPath)
            } catch {
                logger.error("cannot write kubeconfig \(kubeconfigPath): \(error)")
            }
            simulation.start(cluster, serverURL: url, logger: logger)
            let started = Task { await Self.runControllers(serverURL: url, imageCache: imageConfiguration, logger: logger) }
            controllers.withLock { $0 = started }
            print("""
                Thaw dev cluster: API server \(url), \(cluster.nodes) simulated nodes, controllers: image-cache.
                  export KUBECONFIG=\(kubeconfigPath)
                  kubectl get nodes
                  kubectl apply -f - <<< '{"apiVersion":"caching.internal.knative.dev/v1alpha1","kind":"Image","metadata":{"name":"demo"},"spec":{"image":"nginx:1.25"}}'
                  kubectl get images
                Ctrl-C stops it.
                """)
            fflush(nil)  // flushes every output stream, stdout included, when it is a pipe or file
        }
        logger.info("stopped")
    }

    /// Installs the CRDs, then runs every controller until cancelled.
    static func runControllers(serverURL: String, imageCache: ImageCacheConfiguration, logger: Logger) async {
        do {
            try await KubeClient.with(KubeClientConfiguration(server: serverURL)) { client in
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

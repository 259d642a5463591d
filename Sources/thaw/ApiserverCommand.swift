import ArgumentParser
import KubeLocal
import Logging

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `thaw apiserver`: serves the Kubernetes API on 127.0.0.1 until SIGINT/SIGTERM, in memory or
/// durably under `--data-dir`, and writes a kubeconfig for kubectl.
struct ApiserverCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apiserver",
        abstract: "Serve a local Kubernetes API on 127.0.0.1 (kubectl and client libraries work against it).")

    @Option(help: "TCP port to listen on (0 picks a free port).")
    var port: Int = 6443

    @Option(name: .customLong("kubeconfig-out"), help: "Write a kubeconfig pointing at this server to FILE.")
    var kubeconfigOut: String?

    @Option(name: .customLong("data-dir"), help: "Keep state durably in DIR (SQLite); in memory when absent.")
    var dataDir: String?

    @Option(help: "How many recent changes to keep for watches from a resource version.")
    var history: Int = 100_000

    @Flag(name: .customLong("retain-parsed-objects"), help: "Keep each object parsed next to its JSON: faster updates, about three times the memory.")
    var retainParsedObjects = false

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical.")
    var logLevel: String = "info"

    @OptionGroup var cluster: SimulatedClusterOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535, got \(port)") }
        guard history > 0 else { throw ValidationError("--history must be positive, got \(history)") }
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("--log-level: unknown level \"\(logLevel)\"") }
        try cluster.validate()
    }

    func run() async throws {
        LoggingSystem.bootstrap(StreamLogHandler.standardError)
        var configuredLogger = Logger(label: "thaw.apiserver")
        configuredLogger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        let logger = configuredLogger
        var config = LocalAPIServerConfiguration()
        config.port = port
        config.dataDirectory = dataDir
        config.historyLimit = history
        config.retainParsedObjects = retainParsedObjects
        config.logger = logger
        let server = try LocalAPIServer(configuration: config)
        let kubeconfigPath = kubeconfigOut
        let cluster = self.cluster
        let simulation = SimulatedClusterTask()
        defer { simulation.cancel() }
        try await server.run { boundPort in
            let url = "http://127.0.0.1:\(boundPort)"
            if let kubeconfigPath {
                do {
                    try Self.write(Kubeconfig.yaml(serverURL: url), to: kubeconfigPath)
                    logger.info("wrote kubeconfig \(kubeconfigPath)")
                } catch {
                    logger.error("cannot write kubeconfig \(kubeconfigPath): \(error)")
                }
            }
            logger.info("listening on \(url)")
            simulation.start(cluster, serverURL: url, logger: logger)
        } onShutdown: {
            // Before the server ends its watches, so the cluster's informers do not retry them.
            await simulation.stop()
        }
        logger.info("stopped")
    }

    static func write(_ text: String, to path: String) throws {
        guard let file = fopen(path, "w") else {
            throw ValidationError("cannot open \(path) for writing: errno \(errno)")
        }
        defer { fclose(file) }
        if fputs(text, file) < 0 { throw ValidationError("cannot write \(path): errno \(errno)") }
    }
}

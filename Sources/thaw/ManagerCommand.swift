import ArgumentParser
import ControllerRuntime
import Foundation
import ImageCaching
import KubeAPI
import KubeClient
import Logging
import Metrics
import Prometheus
import ServiceLifecycle

/// `thaw manager`: runs Thaw's controllers against a cluster (kubeconfig or in-cluster), with
/// leader election, health probes and Prometheus metrics, until SIGTERM/SIGINT.
struct ManagerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manager",
        abstract: "Run Thaw's controllers against a cluster (kubeconfig, KUBECONFIG, ~/.kube/config or in-cluster).")

    /// The controllers this build can run.
    static let availableControllers = ["image-cache"]

    @Option(help: "Kubeconfig file (default: KUBECONFIG, ~/.kube/config, else the in-cluster service account).")
    var kubeconfig: String?

    @Option(help: "Kubeconfig context (default: its current context).")
    var context: String?

    @Option(help: "Comma-separated controllers to run: \(Self.availableControllers.joined(separator: ", ")).")
    var controllers = availableControllers.joined(separator: ",")

    @Option(name: .customLong("watch-namespace"), help: "Watch one namespace only (default: all).")
    var watchNamespace: String?

    @Option(help: "Concurrent reconciles per controller.")
    var workers = 2

    @OptionGroup var election: LeaderElectionOptions
    @OptionGroup var probes: ProbeOptions
    @OptionGroup var imageCache: ImageCacheOptions

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical.")
    var logLevel = "info"

    func validate() throws {
        let unknown = selectedControllers.filter { !Self.availableControllers.contains($0) }
        guard unknown.isEmpty, !selectedControllers.isEmpty else {
            throw ValidationError("--controllers: unknown \(unknown.joined(separator: ", ")); available: \(Self.availableControllers.joined(separator: ", "))")
        }
        guard (1...64).contains(workers) else { throw ValidationError("--workers must be between 1 and 64, got \(workers)") }
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("--log-level: unknown level \"\(logLevel)\"") }
        try election.validate()
    }

    var selectedControllers: [String] { controllers.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }

    func run() async throws {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        LoggingSystem.bootstrap(StreamLogHandler.standardError)
        var configuredLogger = Logger(label: "thaw.manager")
        configuredLogger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        let logger = configuredLogger
        let clientConfiguration: KubeClientConfiguration
        do {
            if let kubeconfig {
                clientConfiguration = try KubeClientConfiguration(kubeconfig: try Kubeconfig(merging: [kubeconfig]), context: context)
            } else {
                clientConfiguration = try KubeClientConfiguration.load(context: context)
            }
        } catch {
            throw ValidationError("cannot load the cluster configuration: \(error)")
        }
        let imageConfiguration = try imageCache.configuration()
        try await KubeClient.with(clientConfiguration) { client in
            let manager = try Manager(client: client, options: election.managerOptions(), logger: logger)
            if selectedControllers.contains("image-cache") {
                try ImageCacheController.register(on: manager, configuration: imageConfiguration, namespace: watchNamespace,
                                                  options: ControllerOptions(workers: workers), logger: logger)
            }
            let probeServer = ProbeServer(manager: manager, registry: registry, host: probes.address, port: probes.port) { port in
                logger.info("probes and metrics on http://\(probes.address):\(port) (/healthz, /readyz, /metrics)")
            }
            logger.info("running controllers: \(selectedControllers.joined(separator: ", ")) against \(clientConfiguration.server)")
            let group = ServiceGroup(configuration: .init(
                services: [.init(service: manager), .init(service: probeServer)],
                gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
            try await group.run()
        }
    }
}

/// Leader-election flags.
struct LeaderElectionOptions: ParsableArguments {
    @Flag(name: .customLong("leader-elect"), help: "Run only while holding the Lease (for several replicas).")
    var enabled = false

    @Option(name: .customLong("leader-elect-namespace"), help: "Namespace of the leader Lease.")
    var namespace = "default"

    @Option(name: .customLong("leader-elect-lease"), help: "Name of the leader Lease.")
    var lease = "thaw-controller-manager"

    @Option(name: .customLong("leader-elect-identity"), help: "This replica's identity (default: POD_NAME or the host name, plus a random suffix).")
    var identity: String?

    func validate() throws {
        if enabled { _ = try managerOptions() }
    }

    /// - Throws: `ValidationError` for inconsistent settings.
    func managerOptions() throws -> ManagerOptions {
        guard enabled else { return ManagerOptions() }
        let environment = ProcessInfo.processInfo.environment
        let name = identity ?? "\(environment["POD_NAME"] ?? ProcessInfo.processInfo.hostName)_\(UUID().uuidString.prefix(8).lowercased())"
        do {
            return ManagerOptions(leaderElection: try LeaderElectionConfiguration(identity: name).validated(), leaseNamespace: namespace, leaseName: lease)
        } catch {
            throw ValidationError("--leader-elect: \(error)")
        }
    }
}

/// Probe and metrics endpoint flags.
struct ProbeOptions: ParsableArguments {
    @Option(name: .customLong("probe-address"), help: "Address of /healthz, /readyz and /metrics.")
    var address = "0.0.0.0"

    @Option(name: .customLong("probe-port"), help: "Port of /healthz, /readyz and /metrics (0 picks a free port).")
    var port = 8081
}

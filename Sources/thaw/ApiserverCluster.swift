import ArgumentParser
import ControllerRuntime
import Foundation
import KubeClient
import KubeLocalCluster
import Logging
import Synchronization

/// `--nodes N [--time-scale S] [--seed X]`: the simulated cluster behind the server of
/// `thaw apiserver` and `thaw dev`. Each command chooses the node count when `--nodes` is absent.
struct SimulatedClusterOptions: ParsableArguments {
    @Option(help: "Start a simulated cluster with N nodes (0: API server only; default: thaw apiserver 0, thaw dev 3).")
    var nodes: Int?

    @Option(name: .customLong("time-scale"), help: "Simulated seconds per wall-clock second (pulls, starts, readiness).")
    var timeScale: Double = 1

    @Option(help: "Seed of the simulated cluster's random choices.")
    var seed: UInt64 = 1

    func validate() throws {
        do {
            try ClusterConfiguration(nodeCount: nodes ?? 0, seed: seed).validate()
            _ = try ScaledClock(origin: Date(), scale: timeScale)
        } catch {
            throw ValidationError("--nodes/--time-scale: \(error)")
        }
    }
}

/// Runs the simulated cluster's controllers against the local server once it listens, until cancelled.
/// Thread-safe (`Mutex`).
final class SimulatedClusterTask: Sendable {
    private let task = Mutex<Task<Void, Never>?>(nil)

    /// Starts `nodes` simulated nodes (none when 0) with the clock and seed of `options`, their
    /// controllers connecting as `client` says.
    func start(_ options: SimulatedClusterOptions, nodes: Int, client clientConfiguration: KubeClientConfiguration, logger: Logger) {
        guard nodes > 0 else { return }
        let started = Task {
            do {
                try await KubeClient.with(clientConfiguration) { client in
                    let manager = try Manager(client: client)
                    let clock = try ScaledClock(origin: Date(), scale: options.timeScale)
                    let configuration = ClusterConfiguration(nodeCount: nodes, seed: options.seed)
                    try await SimulatedClusterControllers.start(on: manager, configuration: configuration, clock: clock)
                    logger.info("simulated cluster: \(nodes) nodes, time scale \(options.timeScale)")
                    try await manager.run()
                }
            } catch is CancellationError {
            } catch {
                logger.error("simulated cluster stopped: \(error)")
            }
        }
        task.withLock { $0 = started }
    }

    func cancel() { task.withLock { $0?.cancel() } }

    /// Cancels the cluster and waits until its controllers have stopped.
    func stop() async {
        let running = task.withLock { $0 }
        running?.cancel()
        await running?.value
    }
}

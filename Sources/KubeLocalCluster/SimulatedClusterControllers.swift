import ControllerRuntime
import Foundation
import KubeAPI
import KubeClient

/// Everything behind `thaw apiserver --nodes N`: registers the configured nodes on the API server
/// and every simulated controller (node registration, scheduler, kubelets, pod garbage collector,
/// ReplicaSet, Deployment, DaemonSet, Endpoints/EndpointSlices) on a `Manager`, all reading one
/// simulated clock. Nodes created or deleted through the API later join or leave the cluster (see
/// `SimulatedNodes`).
public enum SimulatedClusterControllers {
    /// Creates missing nodes, then registers the controllers on `manager`.
    /// - Throws: `ClusterConfigurationError` for an invalid configuration, `ConfigurationError` for
    ///   invalid controller options, or the API error of a failed node registration.
    public static func start(
        on manager: Manager, configuration: ClusterConfiguration, clock: ScaledClock
    ) async throws {
        try configuration.validate()
        try await KubeletReconciler.registerNodes(configuration, client: manager.client, now: clock.now)
        try NodeRegistrationReconciler.register(on: manager, configuration: configuration)
        try SchedulerReconciler.register(on: manager, clock: clock, seed: configuration.seed)
        try PodGarbageCollector.register(on: manager, clock: clock)
        try KubeletReconciler.register(on: manager, clock: clock, timeScale: clock.scale, configuration: configuration)
        try ReplicaSetReconciler.register(on: manager, clock: clock)
        try DeploymentReconciler.register(on: manager, clock: clock)
        try DaemonSetReconciler.register(on: manager, clock: clock)
        try EndpointsReconciler.register(on: manager)
    }
}

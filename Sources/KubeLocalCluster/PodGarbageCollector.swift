import ControllerRuntime
import Foundation
import KubeAPI
import KubeClient

/// The pod garbage collector's handling of orphaned pods: pods bound to a node that no longer
/// exists are marked `Failed` with a `DisruptionTarget` condition (reason `DeletionByPodGC`) and
/// deleted with a grace period of 0, as kube-controller-manager's PodGC does. One key per node
/// name; a node missing from the cache is confirmed missing on the API server before any pod is
/// touched (the quarantine check of the real controller).
public struct PodGarbageCollector: Reconciler {
    let client: KubeClient
    let nodes: Store<Node>
    let pods: Store<Pod>
    let clock: any ClusterClock

    public init(client: KubeClient, nodes: Store<Node>, pods: Store<Pod>, clock: any ClusterClock) {
        self.client = client
        self.nodes = nodes
        self.pods = pods
        self.clock = clock
    }

    public func reconcile(_ request: ObjectKey) async throws -> ReconcileResult {
        guard nodes.get(ObjectKey(name: request.name)) == nil else { return .done }
        let orphans = pods.list().filter { $0.spec.nodeName == request.name }
        guard !orphans.isEmpty else { return .done }
        do {
            _ = try await client.resource(Node.self).get(request.name)
            return .done  // only the cache is behind
        } catch let error as KubeAPIError where error.isNotFound {}
        for pod in orphans {
            guard let name = pod.metadata.name else { continue }
            let podClient = client.resource(Pod.self, namespace: pod.metadata.namespace ?? "default")
            do {
                if let failed = Self.markedFailed(pod, now: clock.now) { _ = try await podClient.updateStatus(failed) }
                _ = try await podClient.delete(name, options: DeleteOptions(gracePeriodSeconds: 0, preconditionUID: pod.metadata.uid))
            } catch let error as KubeAPIError where error.isNotFound || error.isConflict {}
        }
        return .done
    }

    /// `pod` as PodGC leaves it before deleting it, or `nil` when it has finished already.
    static func markedFailed(_ pod: Pod, now: Date) -> Pod? {
        guard !pod.isTerminal else { return nil }
        var failed = pod
        failed.status.phase = .failed
        var conditions = failed.status.conditions
        conditions.set(Condition(type: "DisruptionTarget", status: .true, reason: "DeletionByPodGC", message: "PodGC: node no longer exists"), now: now)
        failed.status.conditions = conditions
        return failed
    }

    /// Registers the collector on `manager`: node names are its keys; a node's deletion and any
    /// pod bound to a node wake that node's key.
    @discardableResult
    public static func register(on manager: Manager, clock: any ClusterClock) throws(ConfigurationError) -> Controller {
        let reconciler = PodGarbageCollector(
            client: manager.client, nodes: manager.informers.informer(Node.self).store,
            pods: manager.informers.informer(Pod.self).store, clock: clock)
        return try manager.controller(for: Node.self, name: "pod-garbage-collector")
            .watches(Pod.self) { pod in
                guard let node = pod.spec.nodeName, !node.isEmpty else { return [] }
                return [ObjectKey(name: node)]
            }
            .complete(reconciler)
    }
}

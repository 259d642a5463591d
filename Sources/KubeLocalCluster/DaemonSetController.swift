import ControllerRuntime
import Foundation
import KubeAPI
import KubeClient

/// The DaemonSet controller wired to the API server: each reconcile applies `DaemonSetSync` over the
/// cached nodes and the DaemonSet's pods, creates and deletes pods and writes the status. Any node
/// change wakes every DaemonSet.
public struct DaemonSetReconciler: Reconciler {
    let client: KubeClient
    let daemonSets: Store<DaemonSet>
    let nodes: Store<Node>
    let pods: Store<Pod>
    let clock: any ClusterClock
    let pending: PendingWrites

    public init(client: KubeClient, daemonSets: Store<DaemonSet>, nodes: Store<Node>, pods: Store<Pod>, clock: any ClusterClock, pending: PendingWrites = PendingWrites()) {
        self.client = client
        self.daemonSets = daemonSets
        self.nodes = nodes
        self.pods = pods
        self.clock = clock
        self.pending = pending
    }

    public func reconcile(_ request: ObjectKey) async throws -> ReconcileResult {
        guard let daemonSet = daemonSets.get(request), !daemonSet.metadata.isBeingDeleted else { return .done }
        let now = clock.now
        let namespacePods = pods.list(namespace: request.namespace)
        let present = Set(namespacePods.compactMap(\.metadata.name))
        let live = Set(namespacePods.filter { !$0.metadata.isBeingDeleted }.compactMap(\.metadata.uid))
        guard pending.isSatisfied(owner: request.description, now: now, present: present, live: live) else {
            return .requeue(after: .milliseconds(100))
        }
        let result: DaemonSetSync.Result
        do {
            result = try DaemonSetSync.sync(daemonSet, nodes: nodes.list(), pods: namespacePods, now: now)
        } catch {
            throw TerminalError(error)
        }
        let podClient = client.resource(Pod.self, namespace: request.namespace)
        var created: [String] = []
        var deleted: [String] = []
        defer { pending.record(owner: request.description, created: created, deleted: deleted, now: now) }
        for pod in result.podsToCreate {
            if let name = try await podClient.create(pod).metadata.name { created.append(name) }
        }
        for pod in result.podsToDelete {
            guard let name = pod.metadata.name else { continue }
            do { _ = try await podClient.delete(name) } catch let error as KubeAPIError where error.isNotFound {}
            if let uid = pod.metadata.uid { deleted.append(uid) }
        }
        if result.status != daemonSet.status {
            var updated = daemonSet
            updated.status = result.status
            do {
                _ = try await client.resource(DaemonSet.self, namespace: request.namespace).updateStatus(updated)
            } catch let error as KubeAPIError where error.isConflict {
                return .requeue(after: .zero)
            }
        }
        if let requeueAt = result.requeueAt {
            return .requeue(after: .milliseconds(Int64(max(0, requeueAt.timeIntervalSince(now)) * 1000)))
        }
        return .done
    }

    /// Registers the controller on `manager`: DaemonSets are primary, their pods and every node wake them.
    @discardableResult
    public static func register(on manager: Manager, clock: any ClusterClock) throws(ConfigurationError) -> Controller {
        let store = manager.informers.informer(DaemonSet.self).store
        let reconciler = DaemonSetReconciler(
            client: manager.client, daemonSets: store, nodes: manager.informers.informer(Node.self).store,
            pods: manager.informers.informer(Pod.self).store, clock: clock)
        return try manager.controller(for: DaemonSet.self, name: "daemonset")
            .owns(Pod.self)
            .watches(Node.self) { _ in store.list().map { ObjectKey($0) } }
            .complete(reconciler)
    }
}

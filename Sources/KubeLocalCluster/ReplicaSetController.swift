import ControllerRuntime
import Foundation
import KubeAPI
import KubeClient

/// The ReplicaSet controller wired to the API server: each reconcile reads the ReplicaSet and the
/// pods of its namespace from the informer caches, asks `ReplicaSetSync` what to do, creates and
/// deletes pods and writes the status subresource. It waits for the cache to show its own writes
/// (`PendingWrites`) before deciding again, and requeues when a pod becomes available later.
public struct ReplicaSetReconciler: Reconciler {
    public let client: KubeClient
    public let replicaSets: Store<ReplicaSet>
    public let pods: Store<Pod>
    public let clock: any ClusterClock
    public let pending: PendingWrites

    public init(client: KubeClient, replicaSets: Store<ReplicaSet>, pods: Store<Pod>, clock: any ClusterClock, pending: PendingWrites = PendingWrites()) {
        self.client = client
        self.replicaSets = replicaSets
        self.pods = pods
        self.clock = clock
        self.pending = pending
    }

    public func reconcile(_ request: ObjectKey) async throws -> ReconcileResult {
        guard let replicaSet = replicaSets.get(request), !replicaSet.metadata.isBeingDeleted else { return .done }
        let now = clock.now
        let namespacePods = pods.list(namespace: request.namespace)
        let present = Set(namespacePods.compactMap(\.metadata.name))
        let live = Set(namespacePods.filter { !$0.metadata.isBeingDeleted }.compactMap(\.metadata.uid))
        guard pending.isSatisfied(owner: request.description, now: now, present: present, live: live) else {
            return .requeue(after: .milliseconds(100))
        }
        let result = ReplicaSetSync.sync(replicaSet, pods: namespacePods, now: now)
        let podClient = client.resource(Pod.self, namespace: request.namespace)
        var created: [String] = []
        var deleted: [String] = []
        defer { pending.record(owner: request.description, created: created, deleted: deleted, now: now) }
        for pod in result.podsToCreate {
            let made = try await podClient.create(pod)
            if let name = made.metadata.name { created.append(name) }
        }
        for pod in result.podsToDelete {
            guard let name = pod.metadata.name else { continue }
            do {
                _ = try await podClient.delete(name)
            } catch let error as KubeAPIError where error.isNotFound {}
            if let uid = pod.metadata.uid { deleted.append(uid) }
        }
        if result.status != replicaSet.status {
            var updated = replicaSet
            updated.status = result.status
            do {
                _ = try await client.resource(ReplicaSet.self, namespace: request.namespace).updateStatus(updated)
            } catch let error as KubeAPIError where error.isConflict {
                return .requeue(after: .zero)  // the cache is behind: decide again with the newer object
            }
        }
        if let requeueAt = result.requeueAt {
            return .requeue(after: .milliseconds(Int64(max(0, requeueAt.timeIntervalSince(now)) * 1000)))
        }
        return .done
    }

    /// Registers the controller on `manager`: ReplicaSets are the primary type, pods they control
    /// wake their owner.
    /// - Throws: `ConfigurationError` for invalid controller options.
    @discardableResult
    public static func register(on manager: Manager, clock: any ClusterClock, options: ControllerOptions = .init()) throws(ConfigurationError) -> Controller {
        let reconciler = ReplicaSetReconciler(
            client: manager.client, replicaSets: manager.informers.informer(ReplicaSet.self).store,
            pods: manager.informers.informer(Pod.self).store, clock: clock)
        return try manager.controller(for: ReplicaSet.self, name: "replicaset")
            .owns(Pod.self)
            .withOptions(options)
            .complete(reconciler)
    }
}

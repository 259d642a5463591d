import ControllerRuntime
import Foundation
import KubeAPI
import KubeClient

/// The Deployment controller wired to the API server: each reconcile reads the Deployment and its
/// ReplicaSets from the caches, applies `DeploymentSync` (create, scale with the replica
/// annotations, delete old ReplicaSets) and writes the status subresource. It waits for a
/// ReplicaSet it created to appear in the cache before deciding again.
public struct DeploymentReconciler: Reconciler {
    let client: KubeClient
    let deployments: Store<Deployment>
    let replicaSets: Store<ReplicaSet>
    let clock: any ClusterClock
    let pending: PendingWrites

    public init(client: KubeClient, deployments: Store<Deployment>, replicaSets: Store<ReplicaSet>, clock: any ClusterClock, pending: PendingWrites = PendingWrites()) {
        self.client = client
        self.deployments = deployments
        self.replicaSets = replicaSets
        self.clock = clock
        self.pending = pending
    }

    public func reconcile(_ request: ObjectKey) async throws -> ReconcileResult {
        guard let deployment = deployments.get(request), !deployment.metadata.isBeingDeleted else { return .done }
        let now = clock.now
        let owned = replicaSets.list(namespace: request.namespace)
        guard pending.isSatisfied(owner: request.description, now: now, present: Set(owned.compactMap(\.metadata.name)), live: []) else {
            return .requeue(after: .milliseconds(100))
        }
        let result: DeploymentSync.Result
        do {
            result = try DeploymentSync.sync(deployment, replicaSets: owned, now: now)
        } catch {
            throw TerminalError(error)
        }
        let rsClient = client.resource(ReplicaSet.self, namespace: request.namespace)
        if let created = result.replicaSetToCreate {
            do {
                _ = try await rsClient.create(created)
            } catch let error as KubeAPIError where error.reason == .alreadyExists {}
            pending.record(owner: request.description, created: [created.metadata.name ?? ""], deleted: [], now: now)
        }
        for scale in result.scales {
            guard var replicaSet = owned.first(where: { $0.metadata.name == scale.name }) else { continue }
            replicaSet.spec.replicas = scale.replicas
            replicaSet.metadata.annotations.merge(scale.annotations) { _, new in new }
            do {
                _ = try await rsClient.update(replicaSet)
            } catch let error as KubeAPIError where error.isConflict {
                return .requeue(after: .zero)  // the cache is behind: decide again with the newer object
            }
        }
        for name in result.replicaSetsToDelete {
            do { _ = try await rsClient.delete(name) } catch let error as KubeAPIError where error.isNotFound {}
        }
        if result.status != deployment.status {
            var updated = deployment
            updated.status = result.status
            do {
                _ = try await client.resource(Deployment.self, namespace: request.namespace).updateStatus(updated)
            } catch let error as KubeAPIError where error.isConflict {
                return .requeue(after: .zero)
            }
        }
        return .done
    }

    /// Registers the controller on `manager`: Deployments are the primary type, their ReplicaSets wake them.
    @discardableResult
    public static func register(on manager: Manager, clock: any ClusterClock) throws(ConfigurationError) -> Controller {
        let reconciler = DeploymentReconciler(
            client: manager.client, deployments: manager.informers.informer(Deployment.self).store,
            replicaSets: manager.informers.informer(ReplicaSet.self).store, clock: clock)
        return try manager.controller(for: Deployment.self, name: "deployment").owns(ReplicaSet.self).complete(reconciler)
    }
}

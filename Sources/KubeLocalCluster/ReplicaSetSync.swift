import Foundation
import KubeAPI

/// The ReplicaSet controller's decision for one ReplicaSet: which pods to create and delete and
/// the status to write. A pure function of the ReplicaSet, the pods it controls and the time.
public enum ReplicaSetSync {
    /// What to do for one ReplicaSet.
    public struct Result: Sendable {
        /// New pods (with `generateName`, labels, owner reference and the template's spec).
        public var podsToCreate: [Pod] = []
        /// Surplus pods, in the order the real controller would pick them.
        public var podsToDelete: [Pod] = []
        public var status = ReplicaSetStatus()
        /// When a ready pod becomes available (`minReadySeconds`): sync again then.
        public var requeueAt: Date?
    }

    /// At most this many creations or deletions per sync, as the real controller's burst.
    public static let burstReplicas = 500

    /// - Parameters:
    ///   - replicaSet: the ReplicaSet (must have a uid to own pods).
    ///   - pods: pods in its namespace; only those it controls count.
    public static func sync(_ replicaSet: ReplicaSet, pods: [Pod], now: Date) -> Result {
        let uid = replicaSet.metadata.uid
        let owned = pods.filter { PodAvailability.isControlled($0, by: uid) }
        let active = owned.filter(PodAvailability.isActive)
        let desired = max(0, replicaSet.spec.replicas ?? 1)
        var result = Result()
        if active.count < desired {
            let count = min(desired - active.count, burstReplicas)
            let template = Pod(template: replicaSet.spec.template, owner: replicaSet, namespace: replicaSet.metadata.namespace ?? "default")
            result.podsToCreate = Array(repeating: template, count: count)
        } else if active.count > desired {
            result.podsToDelete = Array(PodDeletionRanking.ordered(active).prefix(min(active.count - desired, burstReplicas)))
        }
        result.status = status(of: replicaSet, active: active, owned: owned, now: now)
        let minReady = replicaSet.spec.minReadySeconds ?? 0
        result.requeueAt = active.compactMap { pod -> Date? in
            guard let at = PodAvailability.availableAt(pod, minReadySeconds: minReady), at > now else { return nil }
            return at
        }.min()
        return result
    }

    /// `status` as the controller computes it (`calculateStatus`), keeping unmodelled members.
    static func status(of replicaSet: ReplicaSet, active: [Pod], owned: [Pod], now: Date) -> ReplicaSetStatus {
        var status = replicaSet.status
        let templateLabels = replicaSet.spec.template.metadata.labels
        let minReady = replicaSet.spec.minReadySeconds ?? 0
        status.replicas = active.count
        status.fullyLabeledReplicas = active.filter { pod in
            templateLabels.allSatisfy { pod.metadata.labels[$0.key] == $0.value }
        }.count
        status.readyReplicas = active.filter(\.isReady).count
        status.availableReplicas = active.filter { PodAvailability.isAvailable($0, minReadySeconds: minReady, now: now) }.count
        status.observedGeneration = replicaSet.metadata.generation
        return status
    }
}

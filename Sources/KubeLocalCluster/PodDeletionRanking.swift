import Foundation
import KubeAPI

/// The order in which a ReplicaSet deletes surplus pods (client-go `ActivePodsWithRanks`): pods
/// not yet scheduled first, then pending before running, not ready before ready, lower
/// `controller.kubernetes.io/pod-deletion-cost` first, more sibling pods on the same node first,
/// ready for less time first, more restarts first, and newest first.
enum PodDeletionRanking {
    static func ordered(_ pods: [Pod]) -> [Pod] {
        var perNode: [String: Int] = [:]
        for pod in pods { if let node = pod.spec.nodeName { perNode[node, default: 0] += 1 } }
        return pods.sorted { a, b in
            deletedBefore(a, b, perNode: perNode)
        }
    }

    private static func deletedBefore(_ a: Pod, _ b: Pod, perNode: [String: Int]) -> Bool {
        let aAssigned = !(a.spec.nodeName ?? "").isEmpty
        let bAssigned = !(b.spec.nodeName ?? "").isEmpty
        if aAssigned != bAssigned { return !aAssigned }
        let aPhase = phaseRank(a), bPhase = phaseRank(b)
        if aPhase != bPhase { return aPhase < bPhase }
        if a.isReady != b.isReady { return !a.isReady }
        let aCost = cost(a), bCost = cost(b)
        if aCost != bCost { return aCost < bCost }
        let aRank = perNode[a.spec.nodeName ?? ""] ?? 0
        let bRank = perNode[b.spec.nodeName ?? ""] ?? 0
        if aRank != bRank { return aRank > bRank }
        if a.isReady, b.isReady, let aSince = PodAvailability.readySince(a), let bSince = PodAvailability.readySince(b), aSince != bSince {
            return aSince > bSince
        }
        let aRestarts = restarts(a), bRestarts = restarts(b)
        if aRestarts != bRestarts { return aRestarts > bRestarts }
        let aCreated = a.metadata.creationTimestamp ?? .distantPast
        let bCreated = b.metadata.creationTimestamp ?? .distantPast
        if aCreated != bCreated { return aCreated > bCreated }
        return (a.metadata.name ?? "") > (b.metadata.name ?? "")
    }

    private static func phaseRank(_ pod: Pod) -> Int {
        switch pod.status.phase {
        case .pending?, nil: 0
        case .unknown?: 1
        case .running?: 2
        default: 0
        }
    }

    private static func cost(_ pod: Pod) -> Int {
        pod.metadata.annotations["controller.kubernetes.io/pod-deletion-cost"].flatMap(Int.init) ?? 0
    }

    private static func restarts(_ pod: Pod) -> Int {
        pod.status.containerStatuses.map { $0.restartCount ?? 0 }.max() ?? 0
    }
}

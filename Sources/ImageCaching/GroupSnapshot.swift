import ControllerRuntime
import KubeAPI
import Synchronization

/// One group's prefetch state, read once from its DaemonSet and pods and shared by its member
/// Images: for each container and reference, the nodes that hold it and the nodes where the pull
/// fails. Pods being deleted and containers still running an older reference do not count.
struct GroupSnapshot: Sendable {
    private struct Slot: Hashable {
        var container: String
        var reference: String
    }

    /// The DaemonSet's desired node count; `nil` until it has observed its current generation.
    let eligible: Int?
    private var warm: [Slot: Set<String>] = [:]
    private var failures: [Slot: [String: PrefetchProgress.NodeFailure]] = [:]

    init(daemonSet: DaemonSet?, pods: [Pod]) {
        guard let daemonSet, let generation = daemonSet.metadata.generation,
            let observed = daemonSet.status.observedGeneration, observed >= generation
        else {
            eligible = nil
            return
        }
        eligible = daemonSet.status.desiredNumberScheduled ?? 0
        for pod in pods where !pod.metadata.isBeingDeleted {
            guard let node = pod.spec.nodeName, !node.isEmpty else { continue }
            var references: [String: String] = [:]
            for container in pod.spec.containers { if let name = container.name, let image = container.image { references[name] = image } }
            for status in pod.status.containerStatuses {
                guard let name = status.name, let reference = references[name] else { continue }
                let slot = Slot(container: name, reference: reference)
                if let imageID = status.imageID, !imageID.isEmpty {
                    warm[slot, default: []].insert(node)
                } else if let waiting = status.state.waiting, let reason = waiting.reason, PrefetchProgress.failureReasons.contains(reason) {
                    failures[slot, default: [:]][node] = .init(node: node, reason: reason, message: waiting.message ?? "")
                }
            }
        }
    }

    /// The progress of `reference` in container `container`.
    func progress(container: String, reference: String) -> PrefetchProgress {
        guard let eligible else { return PrefetchProgress(eligible: nil, warm: 0, failures: []) }
        let slot = Slot(container: container, reference: reference)
        let warmNodes = warm[slot] ?? []
        let failing = (failures[slot] ?? [:]).values.filter { !warmNodes.contains($0.node) }.sorted { $0.node < $1.node }
        return PrefetchProgress(eligible: eligible, warm: warmNodes.count, failures: failing)
    }
}

/// The latest `GroupSnapshot` of each group, rebuilt only when the DaemonSet or one of its pods
/// changed (their resource versions), so the 20 member Images of a group that one pod change
/// wakes share one evaluation. Thread-safe.
final class GroupSnapshotCache: Sendable {
    private let snapshots = Mutex<[ObjectKey: (fingerprint: String, snapshot: GroupSnapshot)]>([:])

    /// The snapshot of `daemonSet` with `pods`, from the cache when nothing changed.
    func snapshot(of daemonSet: DaemonSet, pods: [Pod]) -> GroupSnapshot {
        let key = ObjectKey(daemonSet)
        let versions = pods.map { "\($0.metadata.name ?? "")@\($0.metadata.resourceVersion ?? "")" }.sorted()
        let fingerprint = ([daemonSet.metadata.resourceVersion ?? ""] + versions).joined(separator: ",")
        if let cached = snapshots.withLock({ $0[key] }), cached.fingerprint == fingerprint { return cached.snapshot }
        let snapshot = GroupSnapshot(daemonSet: daemonSet, pods: pods)
        snapshots.withLock { $0[key] = (fingerprint, snapshot) }
        return snapshot
    }

    /// Forgets a deleted group.
    func forget(_ key: ObjectKey) { _ = snapshots.withLock { $0.removeValue(forKey: key) } }
}

import Foundation
import KubeAPI

/// The DaemonSet controller's decision for one DaemonSet: a pod on every eligible node, none
/// elsewhere, rolling updates within `maxUnavailable`, and the status numbers. A pure function of
/// the DaemonSet, the nodes, the pods it controls and the time.
///
/// A node is eligible when the template's node selector and required node affinity select it and
/// it tolerates the node's `NoSchedule`/`NoExecute` taints, counting the tolerations the real
/// controller adds to every daemon pod (not-ready, unreachable, pressure, unschedulable). Pods are
/// created for the default scheduler with a required node affinity on `metadata.name`, as the
/// real controller does.
public enum DaemonSetSync {
    public struct Result: Sendable {
        /// New pods, each pinned to its node by node affinity.
        public var podsToCreate: [Pod] = []
        public var podsToDelete: [Pod] = []
        public var status = DaemonSetStatus()
        /// When a ready pod becomes available (`minReadySeconds`): sync again then.
        public var requeueAt: Date?
    }

    static let revisionHashLabel = "controller-revision-hash"

    public static func sync(_ daemonSet: DaemonSet, nodes: [Node], pods: [Pod], now: Date) throws(ClusterConfigurationError) -> Result {
        let uid = daemonSet.metadata.uid
        let controlled = pods.filter { PodAvailability.isControlled($0, by: uid) }
        let owned = controlled.filter { !$0.metadata.isBeingDeleted }
        // As the real controller: a node whose daemon pod is still terminating gets no new one yet.
        let terminatingOn = Set(controlled.filter(\.metadata.isBeingDeleted).compactMap(targetNode(of:)))
        let hash = daemonSet.spec.template.templateHash(collisionCount: daemonSet.status.collisionCount)
        let minReady = daemonSet.spec.minReadySeconds ?? 0
        var spec = daemonSet.spec.template.spec
        spec.tolerations = withDaemonTolerations(spec.tolerations, hostNetwork: spec.hostNetwork == true)

        var byNode: [String: [Pod]] = [:]
        for pod in owned {
            guard let node = targetNode(of: pod) else { continue }
            byNode[node, default: []].append(pod)
        }
        var result = Result()
        var desired = 0, current = 0, misscheduled = 0, ready = 0, updated = 0, available = 0
        var updateCandidates: [(pod: Pod, available: Bool)] = []
        for node in nodes.sorted(by: { ($0.metadata.name ?? "") < ($1.metadata.name ?? "") }) {
            let name = node.metadata.name ?? ""
            let onNode = (byNode[name] ?? []).sorted { ($0.metadata.creationTimestamp ?? .distantPast, $0.metadata.name ?? "") < ($1.metadata.creationTimestamp ?? .distantPast, $1.metadata.name ?? "") }
            let failed = onNode.filter { $0.status.phase == .failed }
            result.podsToDelete += failed
            let live = onNode.filter { $0.status.phase != .failed }
            let shouldRun = spec.selectsNode(node) && spec.toleratesTaints(of: node)
            let shouldContinue = spec.selectsNode(node) && node.spec.taints.allSatisfy { taint in
                taint.effect != .noExecute || spec.tolerations.contains { $0.tolerates(taint) }
            }
            if shouldRun { desired += 1 }
            if !shouldContinue {
                if live.contains(where: { $0.spec.nodeName != nil }) { misscheduled += 1 }
                result.podsToDelete += live
                continue
            }
            if live.isEmpty {
                if shouldRun, !terminatingOn.contains(name) { result.podsToCreate.append(daemonPod(daemonSet, node: name, hash: hash)) }
                continue
            }
            guard let kept = live.first else { continue }
            result.podsToDelete += live.dropFirst()
            guard shouldRun else {
                if kept.spec.nodeName != nil { misscheduled += 1 }
                continue
            }
            current += 1
            if kept.isReady { ready += 1 }
            let isAvailable = PodAvailability.isAvailable(kept, minReadySeconds: minReady, now: now)
            if isAvailable { available += 1 }
            if kept.metadata.labels[revisionHashLabel] == hash {
                updated += 1
            } else {
                updateCandidates.append((kept, isAvailable))
            }
            if let at = PodAvailability.availableAt(kept, minReadySeconds: minReady), at > now {
                result.requeueAt = min(result.requeueAt ?? at, at)
            }
        }
        if daemonSet.spec.updateStrategy.type ?? "RollingUpdate" == "RollingUpdate" {
            let maxUnavailableValue = daemonSet.spec.updateStrategy.rollingUpdate?.maxUnavailable ?? .int(1)
            guard let maxUnavailable = maxUnavailableValue.scaled(total: desired, roundUp: true), maxUnavailable >= 0 else {
                throw .invalidValue(field: "spec.updateStrategy.rollingUpdate.maxUnavailable", value: maxUnavailableValue.description, reason: "must be a non-negative count or percentage")
            }
            var unavailable = desired - available
            for candidate in updateCandidates {
                if !candidate.available {
                    result.podsToDelete.append(candidate.pod)
                } else if unavailable < max(maxUnavailable, 1) {
                    result.podsToDelete.append(candidate.pod)
                    unavailable += 1
                }
            }
        }
        var status = daemonSet.status
        status.desiredNumberScheduled = desired
        status.currentNumberScheduled = current
        status.numberMisscheduled = misscheduled
        status.numberReady = ready
        status.updatedNumberScheduled = updated
        status.numberAvailable = available
        status.numberUnavailable = max(0, desired - available)
        status.observedGeneration = daemonSet.metadata.generation
        result.status = status
        return result
    }

    /// The node a daemon pod is for: its `nodeName`, or the node its `metadata.name` affinity names.
    static func targetNode(of pod: Pod) -> String? {
        if let name = pod.spec.nodeName, !name.isEmpty { return name }
        let terms = pod.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? []
        for term in terms {
            if let field = term.matchFields.first(where: { $0.key == "metadata.name" && $0.operator == .in }), let value = field.values.first {
                return value
            }
        }
        return nil
    }

    /// A daemon pod for `node`: the template with the revision hash label, the daemon tolerations
    /// and a required node affinity on the node's name replacing any other required terms.
    static func daemonPod(_ daemonSet: DaemonSet, node: String, hash: String) -> Pod {
        var pod = Pod(template: daemonSet.spec.template, owner: daemonSet, namespace: daemonSet.metadata.namespace ?? "default")
        var labels = pod.metadata.labels
        labels[revisionHashLabel] = hash
        pod.metadata.labels = labels
        pod.spec.tolerations = withDaemonTolerations(pod.spec.tolerations, hostNetwork: pod.spec.hostNetwork == true)
        var requirement = NodeSelectorRequirement()
        requirement.key = "metadata.name"
        requirement.operator = .in
        requirement.values = [node]
        var term = NodeSelectorTerm()
        term.matchFields = [requirement]
        var selector = NodeSelector()
        selector.nodeSelectorTerms = [term]
        var affinity = pod.spec.affinity ?? Affinity()
        var nodeAffinity = affinity.nodeAffinity ?? NodeAffinity()
        nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution = selector
        affinity.nodeAffinity = nodeAffinity
        pod.spec.affinity = affinity
        return pod
    }

    /// The tolerations the DaemonSet controller adds to every daemon pod (when not already there).
    static func withDaemonTolerations(_ tolerations: [Toleration], hostNetwork: Bool) -> [Toleration] {
        var keys: [(String, TaintEffect)] = [
            ("node.kubernetes.io/not-ready", .noExecute), ("node.kubernetes.io/unreachable", .noExecute),
            ("node.kubernetes.io/disk-pressure", .noSchedule), ("node.kubernetes.io/memory-pressure", .noSchedule),
            ("node.kubernetes.io/pid-pressure", .noSchedule), ("node.kubernetes.io/unschedulable", .noSchedule),
        ]
        if hostNetwork { keys.append(("node.kubernetes.io/network-unavailable", .noSchedule)) }
        var result = tolerations
        for (key, effect) in keys where !result.contains(where: { $0.key == key && $0.effect == effect }) {
            var toleration = Toleration()
            toleration.key = key
            toleration.operator = .exists
            toleration.effect = effect
            result.append(toleration)
        }
        return result
    }
}

import Foundation
import KubeAPI

/// A scheduler's view of the cluster: the nodes and what is bound to each. `schedule(_:now:using:)`
/// is the scheduling cycle of kube-scheduler's default profile, reduced to the plugins that matter
/// without volumes and pod affinity:
///
/// - filters: NodeUnschedulable, TaintToleration, NodeAffinity (nodeSelector and required node
///   affinity), NodeResourcesFit (requests against allocatable minus what is bound, and the pod limit);
/// - scores: least allocated CPU and memory, spreading of a workload's pods over nodes and zones
///   (weight 2), untolerated `PreferNoSchedule` taints, preferred node affinity;
/// - ties: broken uniformly at random with the injected generator, so equal nodes share the load
///   and a seed reproduces every decision.
///
/// A successful decision is recorded in the snapshot, so scheduling many pods in a row accounts for
/// earlier ones. Pods with `spec.nodeName` set are not scheduled (`.alreadyBound`).
public struct SchedulerSnapshot: Sendable {
    public private(set) var nodes: [Node]
    private var usage: [String: NodeUsage]
    /// Workload key → node name → pods of that workload on the node.
    private var workloadCounts: [String: [String: Int]]
    /// Whether unschedulable messages carry the preemption plugin's summary, as kube-scheduler's do.
    public var includePreemptionMessage: Bool

    /// A snapshot of `nodes` with `pods` (any pods; those bound to a node and not finished count).
    public init(nodes: [Node], pods: [Pod], includePreemptionMessage: Bool = true) {
        self.nodes = nodes.sorted { ($0.metadata.name ?? "") < ($1.metadata.name ?? "") }
        self.includePreemptionMessage = includePreemptionMessage
        usage = [:]
        workloadCounts = [:]
        for pod in pods {
            guard let nodeName = pod.spec.nodeName, NodeUsage.holdsResources(pod) else { continue }
            record(pod, on: nodeName)
        }
    }

    /// A snapshot of `nodes` with usage and workload counts already summed (see `SchedulerPodIndex`).
    init(nodes: [Node], usage: [String: NodeUsage], workloadCounts: [String: [String: Int]], includePreemptionMessage: Bool) {
        self.nodes = nodes.sorted { ($0.metadata.name ?? "") < ($1.metadata.name ?? "") }
        self.includePreemptionMessage = includePreemptionMessage
        self.usage = usage
        self.workloadCounts = workloadCounts
    }

    /// The resources bound on `nodeName`.
    public func usage(of nodeName: String) -> NodeUsage { usage[nodeName] ?? NodeUsage() }

    /// Decides where `pod` goes and, when it is bound, records it.
    public mutating func schedule(_ pod: Pod, now: Date, using generator: inout some RandomNumberGenerator)
        -> SchedulingResult
    {
        if let nodeName = pod.spec.nodeName, !nodeName.isEmpty { return .alreadyBound(nodeName: nodeName) }
        var feasible: [Node] = []
        var rejections: [SchedulingFilter.Rejection] = []
        for node in nodes {
            let name = node.metadata.name ?? ""
            if let rejection = SchedulingFilter.rejection(of: pod, on: node, usage: usage(of: name)) {
                rejections.append(rejection)
            } else {
                feasible.append(node)
            }
        }
        guard !feasible.isEmpty else {
            let message = UnschedulableMessage.message(
                nodeCount: nodes.count, rejections: rejections, includePreemption: includePreemptionMessage)
            var condition = Condition(type: "PodScheduled", status: .false, reason: "Unschedulable", message: message)
            condition.json["lastProbeTime"] = .null
            condition.lastTransitionTime = now
            return .unschedulable(condition: condition)
        }
        let chosen = best(of: feasible, for: pod, using: &generator)
        let name = chosen.metadata.name ?? ""
        var bound = pod
        bound.spec.nodeName = name
        record(bound, on: name)
        return .bind(nodeName: name)
    }

    private func best(of feasible: [Node], for pod: Pod, using generator: inout some RandomNumberGenerator) -> Node {
        let scores = SchedulingScore.scores(
            for: pod, nodes: feasible, usage: usage,
            workloadCounts: workloadCounts[SchedulerSnapshot.workloadKey(of: pod)] ?? [:])
        let top = scores.max() ?? 0
        let candidates = feasible.indices.filter { abs(scores[$0] - top) < 1e-9 }
        let pick = candidates.count == 1 ? candidates[0] : candidates[Int.random(in: 0..<candidates.count, using: &generator)]
        return feasible[pick]
    }

    private mutating func record(_ pod: Pod, on nodeName: String) {
        usage[nodeName, default: NodeUsage()].add(pod)
        workloadCounts[SchedulerSnapshot.workloadKey(of: pod), default: [:]][nodeName, default: 0] += 1
    }

    /// Pods of one workload: the same controller (owner uid), or, for pods without one, the same
    /// namespace and labels.
    static func workloadKey(of pod: Pod) -> String {
        if let uid = pod.metadata.controllerReference?.uid { return "uid:" + uid }
        let labels = pod.metadata.labels.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        return "labels:\(pod.metadata.namespace ?? "")/" + labels.joined(separator: ",")
    }
}

import KubeAPI

/// What the scheduler keeps between decisions: the pods holding resources on each node, summed per
/// node (`NodeUsage`) and counted per workload, maintained one pod change at a time, so a
/// decision costs O(nodes) instead of a pass over every pod.
///
/// Guarantees: after any sequence of `update`/`remove`, the sums equal those of
/// `SchedulerSnapshot(nodes:pods:)` over the pods last updated and not removed, plus the assumed
/// bindings. A binding the scheduler made (`assume`) counts on its node until a change shows the
/// pod bound (or deleted), so a stale unbound view of the pod never frees its place.
public struct SchedulerPodIndex: Sendable {
    private struct Entry: Sendable {
        var node: String
        var pod: Pod
        var workload: String
    }

    /// Pod key → what it holds.
    private var entries: [String: Entry] = [:]
    /// Node → keys of the pods holding resources on it.
    private var podsByNode: [String: Set<String>] = [:]
    private var usage: [String: NodeUsage] = [:]
    /// Workload key → node → pods of that workload on the node.
    private var workloadCounts: [String: [String: Int]] = [:]
    /// Pod key → node, for bindings not yet seen in a change.
    private var assumed: [String: String] = [:]

    public init() {}

    /// Takes in the current state of `pod` (added or changed).
    public mutating func update(_ pod: Pod) {
        let key = Self.key(of: pod)
        var current = pod
        if let node = current.spec.nodeName, !node.isEmpty {
            assumed[key] = nil
        } else if let node = assumed[key] {
            current.spec.nodeName = node
        }
        drop(key)
        guard let node = current.spec.nodeName, !node.isEmpty, NodeUsage.holdsResources(current) else { return }
        let entry = Entry(node: node, pod: current, workload: SchedulerSnapshot.workloadKey(of: current))
        entries[key] = entry
        podsByNode[node, default: []].insert(key)
        usage[node, default: NodeUsage()].add(current)
        workloadCounts[entry.workload, default: [:]][node, default: 0] += 1
    }

    /// Forgets a deleted pod.
    public mutating func remove(_ pod: Pod) {
        let key = Self.key(of: pod)
        assumed[key] = nil
        drop(key)
    }

    /// Records that the scheduler bound `pod` to `node`.
    public mutating func assume(_ pod: Pod, on node: String) {
        var bound = pod
        bound.spec.nodeName = node
        update(bound)
        assumed[Self.key(of: pod)] = node
    }

    /// The node the scheduler bound `pod` to, when no change has shown it bound yet.
    public func assumedNode(of pod: Pod) -> String? { assumed[Self.key(of: pod)] }

    /// A snapshot of `nodes` with the indexed usage, for one decision.
    public func snapshot(nodes: [Node], includePreemptionMessage: Bool = true) -> SchedulerSnapshot {
        SchedulerSnapshot(nodes: nodes, usage: usage, workloadCounts: workloadCounts, includePreemptionMessage: includePreemptionMessage)
    }

    /// The resources bound on `node`.
    public func usage(of node: String) -> NodeUsage { usage[node] ?? NodeUsage() }

    private mutating func drop(_ key: String) {
        guard let entry = entries.removeValue(forKey: key) else { return }
        podsByNode[entry.node]?.remove(key)
        var sum = NodeUsage()
        for other in podsByNode[entry.node] ?? [] {
            if let pod = entries[other]?.pod { sum.add(pod) }
        }
        usage[entry.node] = (podsByNode[entry.node] ?? []).isEmpty ? nil : sum
        if (podsByNode[entry.node] ?? []).isEmpty { podsByNode[entry.node] = nil }
        let remaining = (workloadCounts[entry.workload]?[entry.node] ?? 1) - 1
        workloadCounts[entry.workload]?[entry.node] = remaining > 0 ? remaining : nil
        if workloadCounts[entry.workload]?.isEmpty == true { workloadCounts[entry.workload] = nil }
    }

    private static func key(of pod: Pod) -> String { pod.metadata.uid ?? pod.metadata.key }
}

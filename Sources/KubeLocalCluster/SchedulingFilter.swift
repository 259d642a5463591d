import KubeAPI

/// The scheduler's filter plugins, in the default profile's order. Each node is checked by every
/// plugin until one fails; that plugin's reasons are the node's. The reason strings are the real
/// plugins' (`ErrReason…` constants), because users and tools match on them.
enum SchedulingFilter {
    /// One node's rejection.
    struct Rejection: Sendable, Hashable {
        var reasons: [String]
        /// `UnschedulableAndUnresolvable`: evicting pods (preemption) would not help.
        var unresolvable: Bool
    }

    static let unschedulableTaintKey = "node.kubernetes.io/unschedulable"

    /// The reasons `node` cannot take `pod`, or `nil` when it can.
    static func rejection(of pod: Pod, on node: Node, usage: NodeUsage) -> Rejection? {
        let spec = pod.spec
        if node.spec.unschedulable == true {
            var taint = Taint()
            taint.key = unschedulableTaintKey
            taint.effect = .noSchedule
            if !spec.tolerations.contains(where: { $0.tolerates(taint) }) {
                return Rejection(reasons: ["node(s) were unschedulable"], unresolvable: true)
            }
        }
        if let untolerated = node.spec.taints.first(where: { taint in
            (taint.effect == .noSchedule || taint.effect == .noExecute) && !spec.tolerations.contains { $0.tolerates(taint) }
        }) {
            return Rejection(
                reasons: ["node(s) had untolerated taint {\(untolerated.key ?? ""): \(untolerated.value ?? "")}"],
                unresolvable: true)
        }
        if !spec.selectsNode(node) {
            return Rejection(reasons: ["node(s) didn't match Pod's node affinity/selector"], unresolvable: true)
        }
        let fit = insufficientResources(requests: spec.resourceRequests, node: node, usage: usage)
        return fit.isEmpty ? nil : Rejection(reasons: fit, unresolvable: false)
    }

    /// `NodeResourcesFit`: `Too many pods`, then `Insufficient cpu`, `memory`, `ephemeral-storage`,
    /// then other requested resources in name order.
    static func insufficientResources(requests: [String: Quantity], node: Node, usage: NodeUsage) -> [String] {
        let allocatable = node.status.allocatable
        var reasons: [String] = []
        let maxPods = allocatable["pods"]?.value ?? 0
        if Int64(usage.podCount) + 1 > maxPods { reasons.append("Too many pods") }
        let ordered = ["cpu", "memory", "ephemeral-storage"]
        let others = requests.keys.filter { !ordered.contains($0) && $0 != "pods" }.sorted()
        for name in ordered + others {
            guard let requested = requests[name], !requested.isZero else { continue }
            let available = (allocatable[name] ?? .zero) - (usage.requests[name] ?? .zero)
            if requested > available { reasons.append("Insufficient \(name)") }
        }
        return reasons
    }
}

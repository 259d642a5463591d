import KubeAPI

/// The scheduler's decision for one pod.
public enum SchedulingResult: Sendable, Hashable {
    /// The pod already names its node (`spec.nodeName`); the scheduler leaves it alone.
    case alreadyBound(nodeName: String)
    /// Bind the pod to this node.
    case bind(nodeName: String)
    /// No node fits; `condition` is the `PodScheduled=False` condition (reason `Unschedulable`,
    /// the scheduler's message) to write to the pod's status.
    case unschedulable(condition: Condition)

    /// The node the pod ends up on, if any.
    public var nodeName: String? {
        switch self {
        case .alreadyBound(let name), .bind(let name): name
        case .unschedulable: nil
        }
    }
}

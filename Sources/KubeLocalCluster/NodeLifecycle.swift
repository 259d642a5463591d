import Foundation
import KubeAPI

/// What the node lifecycle controller does to the pods of a node whose kubelet stopped posting
/// status: it marks them not ready, so endpoints controllers move them to not-ready addresses.
public enum NodeLifecycle {
    /// `pod` with its `Ready` condition set to `False` at `now`, or `nil` when it is not ready already
    /// (so callers write only when something changes).
    public static func markedNotReady(_ pod: Pod, now: Date) -> Pod? {
        var conditions = pod.status.conditions
        guard let index = conditions.firstIndex(where: { $0.type == "Ready" }), conditions[index].status != .false else {
            return nil
        }
        conditions[index].status = .false
        conditions[index].lastTransitionTime = now
        var updated = pod
        updated.status.conditions = conditions
        return updated
    }
}

import Foundation
import KubeAPI

/// Graceful deletion of pods, as the Kubernetes API server's pod strategy (`CheckGracefulDelete`)
/// and `BeforeDelete` decide it. Pods are the only built-in resource deleted gracefully.
///
/// - The grace period of a delete is `DeleteOptions.gracePeriodSeconds`, else the pod's
///   `spec.terminationGracePeriodSeconds`, else 0; it is 0 for a pod not bound to a node
///   (`spec.nodeName` empty) and for a pod that has finished (`Succeeded`/`Failed`).
/// - A positive grace period marks the pod (`deletionTimestamp` = now + grace,
///   `deletionGracePeriodSeconds` = grace) and keeps it: the kubelet stops its containers and then
///   deletes it with a grace period of 0.
/// - A pod already being deleted with a positive grace period can only have that period shortened
///   (the deadline moves by the difference); a longer or equal request changes nothing.
public enum PodGracefulDeletion {
    /// The core `pods` resource.
    public static let pods = ResourceID(group: "", resource: "pods")

    /// What a delete does to a pod.
    enum Decision: Equatable {
        /// Not graceful: the general rules apply (removal, or marking when finalizers remain).
        case notGraceful
        /// Mark (or re-mark) the pod: deletion due at `deadline`, after `grace` seconds.
        case mark(deadline: Date, grace: Int64)
        /// A graceful deletion with a shorter or equal deadline is already under way.
        case pending
    }

    /// The grace period a delete with `options` gives `pod` (see the type's rules).
    static func gracePeriod(of pod: JSONValue, options: DeleteOptions) -> Int64 {
        let bound = !(pod["spec"]?["nodeName"]?.stringValue ?? "").isEmpty
        let phase = pod["status"]?["phase"]?.stringValue
        guard bound, phase != "Succeeded", phase != "Failed" else { return 0 }
        return options.gracePeriodSeconds ?? pod["spec"]?["terminationGracePeriodSeconds"]?.intValue ?? 0
    }

    /// The decision for deleting `pod` at `now` under `options`.
    static func decision(for pod: JSONValue, options: DeleteOptions, now: Date) -> Decision {
        guard pod.isBeingDeleted else {
            let grace = gracePeriod(of: pod, options: options)
            return .mark(deadline: now.addingTimeInterval(Double(grace)), grace: grace)
        }
        // Marked earlier without a grace period (finalizers): nothing graceful is pending.
        guard let current = pod.deletionGracePeriodSeconds, current > 0 else { return .notGraceful }
        guard let requested = options.gracePeriodSeconds, requested < current else { return .pending }
        let deadline = pod.deletionDate.map { $0.addingTimeInterval(Double(requested - current)) } ?? now
        return .mark(deadline: deadline, grace: requested)
    }
}

extension JSONValue {
    /// `metadata.deletionGracePeriodSeconds`.
    var deletionGracePeriodSeconds: Int64? { self["metadata"]?["deletionGracePeriodSeconds"]?.intValue }

    /// `metadata.deletionTimestamp` as a date.
    var deletionDate: Date? {
        guard let text = self["metadata"]?["deletionTimestamp"]?.stringValue else { return nil }
        return try? Date(text, strategy: .iso8601)
    }
}

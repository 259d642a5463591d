import Foundation
import KubeAPI

/// Readiness and availability of pods as the workload controllers judge them.
enum PodAvailability {
    /// When the pod last became ready, if it is ready.
    static func readySince(_ pod: Pod) -> Date? {
        guard let ready = pod.status.conditions.condition(ofType: "Ready"), ready.status == .true else { return nil }
        return ready.lastTransitionTime ?? .distantPast
    }

    /// Ready for at least `minReadySeconds` at `now`.
    static func isAvailable(_ pod: Pod, minReadySeconds: Int, now: Date) -> Bool {
        guard let since = readySince(pod) else { return false }
        return minReadySeconds <= 0 || since.addingTimeInterval(Double(minReadySeconds)) <= now
    }

    /// When a ready but not yet available pod becomes available (to requeue then).
    static func availableAt(_ pod: Pod, minReadySeconds: Int) -> Date? {
        guard minReadySeconds > 0, let since = readySince(pod) else { return nil }
        return since.addingTimeInterval(Double(minReadySeconds))
    }

    /// Counted by controllers: not finished and not being deleted.
    static func isActive(_ pod: Pod) -> Bool { !pod.isTerminal && !pod.metadata.isBeingDeleted }

    /// Whether `pod` is controlled by the object with `uid`.
    static func isControlled(_ pod: Pod, by uid: String?) -> Bool {
        guard let uid else { return false }
        return pod.metadata.controllerReference?.uid == uid
    }
}

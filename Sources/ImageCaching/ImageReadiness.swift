import Foundation
import KubeAPI

/// The Ready condition an Image should carry, and whether its status needs a write.
///
/// Ready is `True` once every eligible node holds the image; `Unknown` (reason `Prefetching`,
/// message "k/n nodes") while pulls are under way or the DaemonSet controller has not caught up;
/// `False` when the Image is invalid (reason names the problem) or pulls fail (reason is the
/// kubelet's, message names the failing nodes). To keep API writes per Image bounded, progress is
/// written only when it crosses a quarter of the eligible nodes; every change of status, reason,
/// failing nodes, eligible count or generation is written at once.
struct ImageReadiness: Sendable, Hashable {
    static let conditionType = "Ready"
    /// Status annotation holding "warm/eligible" nodes (shown by `kubectl get images`).
    static let nodesAnnotation = "caching.thaw.dev/nodes"

    var status: ConditionStatus
    var reason: String
    var message: String
    /// "warm/eligible", when known.
    var nodes: String?

    /// An Image that cannot be prefetched as specified.
    static func invalid(_ problem: ImageProblem) -> ImageReadiness {
        ImageReadiness(status: .false, reason: problem.reason, message: problem.message, nodes: nil)
    }

    /// The readiness that `progress` shows.
    static func from(_ progress: PrefetchProgress) -> ImageReadiness {
        guard let eligible = progress.eligible else {
            return ImageReadiness(status: .unknown, reason: "Prefetching", message: "waiting for the DaemonSet controller", nodes: nil)
        }
        let nodes = "\(progress.warm)/\(eligible)"
        if !progress.failures.isEmpty {
            var counts: [String: Int] = [:]
            for failure in progress.failures { counts[failure.reason, default: 0] += 1 }
            let reason = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? "ErrImagePull"
            let shown = progress.failures.prefix(3).map { failure in
                failure.message.isEmpty ? "\(failure.node) (\(failure.reason))" : "\(failure.node) (\(failure.reason): \(failure.message))"
            }
            let more = progress.failures.count > 3 ? " and \(progress.failures.count - 3) more" : ""
            return ImageReadiness(status: .false, reason: reason, message: "\(nodes) nodes; pull failing on \(shown.joined(separator: ", "))\(more)", nodes: nodes)
        }
        if eligible == 0 {
            return ImageReadiness(status: .unknown, reason: "NoEligibleNodes",
                                  message: "no schedulable node matches the node selector and tolerations", nodes: nodes)
        }
        if progress.warm >= eligible {
            return ImageReadiness(status: .true, reason: "Prefetched", message: "\(nodes) nodes", nodes: nodes)
        }
        return ImageReadiness(status: .unknown, reason: "Prefetching", message: "\(nodes) nodes", nodes: nodes)
    }

    /// `image` with this readiness applied, or `nil` when its status already says the same (so
    /// nothing is written).
    func applied(to image: Image, now: Date) -> Image? {
        let generation = image.metadata.generation
        var status = image.status
        let current = status.conditions.condition(ofType: Self.conditionType)
        let unchanged = current?.status == self.status && current?.reason == reason && status.observedGeneration == generation
            && (self.status != .unknown || reason != "Prefetching" || Self.sameQuarter(status.annotations[Self.nodesAnnotation], nodes))
            && (reason == "Prefetching" || current?.message == message)
        if unchanged { return nil }
        var condition = Condition(type: Self.conditionType, status: self.status, reason: reason, message: message)
        if self.status == .false { condition.severity = "Error" }
        var conditions = status.conditions
        conditions.removeAll { $0.type == Self.conditionType }
        if let current, current.status == self.status, let time = current.lastTransitionTime { condition.lastTransitionTime = time }
        conditions.set(condition, now: now)
        status.conditions = conditions
        status.observedGeneration = generation
        var annotations = status.annotations
        annotations[Self.nodesAnnotation] = nodes
        status.annotations = annotations
        var updated = image
        updated.status = status
        return updated
    }

    /// Whether two "warm/eligible" texts have the same eligible count and the same quarter of progress.
    static func sameQuarter(_ a: String?, _ b: String?) -> Bool {
        func parse(_ text: String?) -> (warm: Int, eligible: Int)? {
            let parts = (text ?? "").split(separator: "/")
            guard parts.count == 2, let warm = Int(parts[0]), let eligible = Int(parts[1]) else { return nil }
            return (warm, eligible)
        }
        guard let a = parse(a), let b = parse(b) else { return a == b }
        guard a.eligible == b.eligible else { return false }
        let quarter = { (warm: Int) in a.eligible == 0 ? 0 : min(4, 4 * warm / a.eligible) }
        return quarter(a.warm) == quarter(b.warm)
    }
}

/// Why an Image cannot be prefetched as specified; reported as Ready=False, no pods are made.
struct ImageProblem: Sendable, Hashable, Error {
    var reason: String
    var message: String
}

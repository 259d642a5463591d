import Foundation
import KubeAPI

/// Taint-based eviction, as the node lifecycle controller's taint manager does it: a pod on a node
/// with a `NoExecute` taint it does not tolerate is deleted at once; one that tolerates it for
/// `tolerationSeconds` is deleted when that time has passed since the taint was added. Pods without
/// their own toleration for `not-ready`/`unreachable` get the `DefaultTolerationSeconds` admission
/// plugin's (300 s by default), as they would in a real cluster.
public enum TaintEviction {
    public struct Result: Sendable {
        /// Pods to delete now.
        public var evict: [Pod] = []
        /// When the next toleration runs out: check again then.
        public var nextCheckAt: Date?
    }

    static let defaultTolerated: Set<String> = ["node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable"]

    /// - Parameter defaultTolerationSeconds: what the admission plugin grants; `nil` to model a
    ///   cluster without it.
    public static func evaluate(node: Node, pods: [Pod], now: Date, defaultTolerationSeconds: Int64? = 300) -> Result {
        let taints = node.spec.taints.filter { $0.effect == .noExecute }
        var result = Result()
        guard !taints.isEmpty else { return result }
        for pod in pods where pod.spec.nodeName == node.metadata.name && !pod.metadata.isBeingDeleted && !pod.isTerminal {
            var deadline: Date? = .distantFuture
            for taint in taints {
                let added = taint.timeAdded ?? now
                let toleration = pod.spec.tolerations.first { $0.tolerates(taint) }
                let seconds: Int64?
                if let toleration {
                    seconds = toleration.tolerationSeconds
                } else if let key = taint.key, defaultTolerated.contains(key), let defaultSeconds = defaultTolerationSeconds {
                    seconds = defaultSeconds
                } else {
                    deadline = nil
                    break
                }
                if let seconds { deadline = min(deadline ?? .distantFuture, added.addingTimeInterval(Double(max(0, seconds)))) }
            }
            guard let due = deadline else {
                result.evict.append(pod)
                continue
            }
            if due <= now {
                result.evict.append(pod)
            } else if due != .distantFuture {
                result.nextCheckAt = min(result.nextCheckAt ?? due, due)
            }
        }
        return result
    }
}

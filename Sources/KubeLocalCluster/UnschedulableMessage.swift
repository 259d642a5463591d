/// The scheduler's `FitError` message: `0/3 nodes are available: 1 node(s) had untolerated taint
/// {k: v}, 2 Insufficient cpu.` followed by the preemption plugin's summary. Reasons are counted
/// over nodes and the `"<count> <reason>"` strings sorted byte-wise, as the scheduler does.
public enum UnschedulableMessage {
    /// Builds the message from every node's rejection reasons.
    /// - Parameters:
    ///   - nodeCount: how many nodes were considered.
    ///   - rejections: one entry per node: its reasons and whether preemption could not help.
    ///   - includePreemption: whether to append the default preemption plugin's `preemption: …` part.
    static func message(
        nodeCount: Int, rejections: [SchedulingFilter.Rejection], includePreemption: Bool
    ) -> String {
        guard nodeCount > 0 else { return "no nodes available to schedule pods" }
        var counts: [String: Int] = [:]
        for rejection in rejections {
            for reason in rejection.reasons { counts[reason, default: 0] += 1 }
        }
        var message = "0/\(nodeCount) nodes are available: \(histogram(counts))."
        if includePreemption {
            var preemption: [String: Int] = [:]
            for rejection in rejections {
                let reason = rejection.unresolvable
                    ? "Preemption is not helpful for scheduling" : "No preemption victims found for incoming pod"
                preemption[reason, default: 0] += 1
            }
            message += " preemption: 0/\(nodeCount) nodes are available: \(histogram(preemption))."
        }
        return message
    }

    private static func histogram(_ counts: [String: Int]) -> String {
        counts.map { "\($0.value) \($0.key)" }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            .joined(separator: ", ")
    }
}

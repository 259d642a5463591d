/// Excess burst capacity as the KPA computes it.
public enum ExcessBurstCapacity {
    /// 0 when TBC is 0; −1 when TBC is −1 (unlimited: the activator stays in the path); otherwise
    /// floor(readyPods × total − TBC − panicValue), with the real ready count (0 stays 0).
    public static func compute(readyPods: Int, panicValue: Double, spec: AutoscalerSpec) -> Int {
        if spec.targetBurstCapacity == 0 { return 0 }
        if spec.targetBurstCapacity < 0 { return -1 }
        let total = Double(max(0, readyPods)) * spec.totalValue
        return Int(clampingToInt32: (total - spec.targetBurstCapacity - panicValue).rounded(.down))
    }
}

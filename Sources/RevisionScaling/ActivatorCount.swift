/// How many activators hold a revision's endpoints (the KPA's `computeNumActivators`).
public enum ActivatorCount {
    /// The floor: a revision always gets at least this many activators.
    public static let minimum = 2

    /// 2 when TBC is 0; otherwise max(2, ceil((ready × total + TBC) / activator-capacity)), where an
    /// unlimited TBC (−1) adds nothing. `readyPods` is the real ready count.
    public static func compute(readyPods: Int, spec: AutoscalerSpec) -> Int {
        if spec.targetBurstCapacity == 0 { return minimum }
        var capacityToCover = Double(max(0, readyPods)) * spec.totalValue
        if spec.targetBurstCapacity > 0 { capacityToCover += spec.targetBurstCapacity }
        return Swift.max(minimum, Int(clampingToInt32: (capacityToCover / spec.activatorCapacity).rounded(.up)))
    }
}

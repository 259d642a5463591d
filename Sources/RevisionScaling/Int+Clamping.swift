extension Int {
    /// floor(value) as an Int that never traps: NaN becomes 0, values beyond ±2^62 saturate.
    init(saturatingFloor value: Double) {
        let limit = 4.611686018427388e18  // 2^62, exactly representable
        if value.isNaN {
            self = 0
        } else {
            self = Int(Swift.min(Swift.max(value.rounded(.down), -limit), limit))
        }
    }

    /// Converts like Go's `int32(f)` for the values the decider produces, but never traps:
    /// NaN becomes 0 and out-of-range values saturate at the Int32 limits.
    init(clampingToInt32 value: Double) {
        if value.isNaN {
            self = 0
        } else {
            self = Int(Swift.min(Swift.max(value.rounded(.towardZero), Double(Int32.min)), Double(Int32.max)))
        }
    }
}

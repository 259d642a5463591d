extension Int {
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

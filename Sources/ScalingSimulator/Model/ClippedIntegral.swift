/// The integral of a piecewise-constant value over `[0, end]` (replica-seconds, time at zero).
struct ClippedIntegral {
    private(set) var total: Double = 0
    private var lastTime: Int64 = 0
    let end: Int64

    init(end: Int64) { self.end = end }

    /// Accounts for `value` having held from the previous call until `now`.
    mutating func advance(to now: Int64, value: Double) {
        let upTo = min(now, end)
        if upTo > lastTime {
            total += value * Double(upTo - lastTime) / 1e9
            lastTime = upTo
        }
    }
}

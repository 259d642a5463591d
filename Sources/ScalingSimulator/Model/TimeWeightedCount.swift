/// A count that changes at event times, with its integral over time so the average over any
/// interval can be read (how queue-proxy computes a pod's average concurrency over a second).
struct TimeWeightedCount {
    private(set) var value = 0
    /// ∫ value dt since the last `takeAverage`, in count × nanoseconds.
    private var area: Double = 0
    private var lastChange: Int64

    init(at time: Int64) { lastChange = time }

    mutating func add(_ delta: Int, at now: Int64) {
        area += Double(value) * Double(now - lastChange)
        lastChange = now
        value += delta
    }

    /// The average over `[since, now]` and a fresh integral from `now`.
    mutating func takeAverage(since: Int64, now: Int64) -> Double {
        area += Double(value) * Double(now - lastChange)
        lastChange = now
        let span = Double(now - since)
        let average = span > 0 ? area / span : Double(value)
        area = 0
        return average
    }
}

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

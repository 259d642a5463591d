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

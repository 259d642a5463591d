/// Recorded traffic to replay: request counts per fixed-length slot (the Azure Functions 2019
/// dataset counts invocations per minute) or exact request timestamps.
///
/// Replay places each slot's count of arrivals inside the slot (uniformly at random for Poisson
/// arrivals, evenly spaced for even arrivals); timestamps are replayed exactly.
public enum RecordedTraffic: Sendable, Equatable {
    /// `counts[i]` requests in `[i × slotSeconds, (i+1) × slotSeconds)`.
    case slotCounts(counts: [Int], slotSeconds: Double)
    /// Request arrival times in seconds, sorted ascending.
    case timestamps([Double])

    /// Average rate of the slot containing `time` (timestamps: requests in the enclosing second).
    func rate(at time: Double) -> Double {
        switch self {
        case .slotCounts(let counts, let slot):
            let index = Int((time / slot).rounded(.down))
            return counts.indices.contains(index) ? Double(counts[index]) / slot : 0
        case .timestamps(let times):
            let second = time.rounded(.down)
            var count = 0
            for t in times where t >= second && t < second + 1 { count += 1 }
            return Double(count)
        }
    }
}

/// A revision's idle times (seconds from its last request to the next), in fixed bins, and the
/// keep-alive that minimises the expected cost over them.
///
/// Cost of keeping one idle replica for `k` seconds across the recorded gaps:
/// Σ min(gap, k) replica-seconds, plus `coldStartCost` replica-seconds for every gap longer than
/// `k` (that request meets a cold start). Gaps are counted at their bin's upper edge, so the
/// chosen keep-alive always covers the gaps it is meant to cover. Gaps beyond the range land in an
/// overflow bin that no keep-alive covers.
public struct IdleTimeHistogram: Sendable, Equatable {
    public let binSeconds: Double
    public let rangeSeconds: Double
    private var counts: [Int]
    private var overflow = 0
    /// Idle times recorded so far.
    public private(set) var total = 0

    /// - Parameters:
    ///   - binSeconds: bin width (> 0); the decider's 2 s tick is the natural resolution.
    ///   - rangeSeconds: longest idle time tracked individually.
    public init(binSeconds: Double = 2, rangeSeconds: Double = 3600) {
        self.binSeconds = binSeconds
        self.rangeSeconds = rangeSeconds
        counts = Array(repeating: 0, count: max(1, Int((rangeSeconds / binSeconds).rounded(.up))))
    }

    /// Records one idle time (negative values count as 0).
    public mutating func record(_ idleSeconds: Double) {
        let bin = Int((max(0, idleSeconds) / binSeconds).rounded(.down))
        if bin < counts.count {
            counts[bin] += 1
        } else {
            overflow += 1
        }
        total += 1
    }

    /// The keep-alive (a bin upper edge, or `minimum`) with the lowest cost; ties go to the shorter.
    public func cheapestKeepAlive(coldStartCost: Double, minimum: Double) -> Double {
        guard total > 0 else { return minimum }
        // Walking k up the bin edges: gaps at or below k cost their length, the rest cost k + coldStartCost.
        var best = minimum
        var bestCost = cost(keepAlive: minimum, coldStartCost: coldStartCost)
        var coveredSeconds = 0.0
        var covered = 0
        for (bin, count) in counts.enumerated() {
            let edge = Double(bin + 1) * binSeconds
            coveredSeconds += Double(count) * edge
            covered += count
            guard edge > minimum else { continue }
            let candidate = coveredSeconds + Double(total - covered) * (edge + coldStartCost)
            if candidate < bestCost {
                bestCost = candidate
                best = edge
            }
        }
        return best
    }

    private func cost(keepAlive k: Double, coldStartCost: Double) -> Double {
        var sum = 0.0
        for (bin, count) in counts.enumerated() where count > 0 {
            let edge = Double(bin + 1) * binSeconds
            sum += Double(count) * (edge <= k ? edge : k + coldStartCost)
        }
        return sum + Double(overflow) * (k + coldStartCost)
    }
}

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
    ///   - binSeconds: bin width (> 0, else 2); the decider's 2 s tick is the natural resolution.
    ///   - rangeSeconds: longest idle time tracked individually (> 0, else 1 h; at most a million bins).
    public init(binSeconds: Double = 2, rangeSeconds: Double = 3600) {
        self.binSeconds = binSeconds.isFinite && binSeconds > 0 ? binSeconds : 2
        self.rangeSeconds = rangeSeconds.isFinite && rangeSeconds > 0 ? rangeSeconds : 3600
        let bins = Int(saturatingFloor: (self.rangeSeconds / self.binSeconds).rounded(.up))
        counts = Array(repeating: 0, count: min(1_000_000, max(1, bins)))
    }

    /// Records one idle time (negative values count as 0).
    public mutating func record(_ idleSeconds: Double) {
        let bin = Int(saturatingFloor: max(0, idleSeconds) / binSeconds)
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

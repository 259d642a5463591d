/// A revision's idle times (seconds from its last request to the next), in fixed bins. Gaps beyond
/// the range land in an overflow bin. `cheapestPlan` (IdleTimeHistogram+Plan.swift) chooses the
/// keep-alive and pre-warm window that cost least over them.
public struct IdleTimeHistogram: Sendable, Equatable {
    public let binSeconds: Double
    public let rangeSeconds: Double
    /// Idle times per bin; bin b covers [b × binSeconds, (b + 1) × binSeconds).
    private(set) var counts: [Int]
    /// Idle times beyond `rangeSeconds`.
    private(set) var overflow = 0
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
}

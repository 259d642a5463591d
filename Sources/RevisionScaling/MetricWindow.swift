import Foundation

/// A sliding window of time buckets averaged linearly or with exponential weights — Knative's
/// `TimedFloat64Buckets` / `WeightedFloat64Buckets`.
///
/// Time is cut into buckets of `granularity` seconds (bucket start = floor(t / g) × g); values
/// recorded into one bucket are summed. A window with no record for longer than its length is empty
/// and averages to 0; after such a gap the next record starts a fresh partial window.
/// Linear average: the sum of the valid buckets divided by the number of buckets since the first
/// write (at most the window), trailing buckets without data excluded; rounded down to 6 decimals.
/// Weighted: Σ value × m(1−m)^age over the window, m = max(1 − 0.0001^(1/buckets), 0.2), where
/// buckets after the last write count as zeros. Time must not go backwards by more than a window.
public struct MetricWindow: Sendable {
    public let window: Double
    public let granularity: Double
    public let algorithm: AggregationAlgorithm
    private var buckets: [Double]
    private var windowTotal = 0.0
    /// Bucket indices (time / granularity) of the first and last write; nil before any write.
    private var firstWrite: Int?
    private var lastWrite: Int?
    private let smoothing: Double

    /// - Parameters:
    ///   - window: seconds (> 0); the bucket count is ceil(window / granularity), at most a million.
    ///   - granularity: seconds per bucket (Knative: 1 s). Non-positive or non-finite values mean 1.
    public init(window: Double, granularity: Double = 1, algorithm: AggregationAlgorithm = .linear) {
        self.window = window.isFinite && window > 0 ? window : 1
        self.granularity = granularity.isFinite && granularity > 0 ? granularity : 1
        self.algorithm = algorithm
        let count = Self.bucketCount(window: self.window, granularity: self.granularity)
        buckets = Array(repeating: 0, count: count)
        smoothing = max(1 - pow(1 - 0.9999, 1 / Double(count)), 0.2)
    }

    /// At most this many buckets (a million seconds at 1 s granularity).
    static let maximumBuckets = 1_000_000

    private static func bucketCount(window: Double, granularity: Double) -> Int {
        min(maximumBuckets, max(1, Int(saturatingFloor: (window / granularity).rounded(.up))))
    }

    private func index(_ time: Double) -> Int { Int(saturatingFloor: time / granularity) }

    /// Window length in whole buckets, as a span of bucket indices.
    private var windowSpan: Int { buckets.count }

    /// Adds `value` to the bucket of `time`.
    public mutating func record(time: Double, value: Double) {
        let write = index(time)
        let n = buckets.count
        if let last = lastWrite, write != last {
            guard write + windowSpan > last else { return }  // older than a window: ignored
            if let first = firstWrite, first > write { firstWrite = write }
            if write > last {
                if write - last >= windowSpan {
                    firstWrite = write
                    buckets = Array(repeating: 0, count: n)
                    windowTotal = 0
                } else {
                    for i in (last + 1)...write {
                        let slot = i.positiveModulo(n)
                        windowTotal -= buckets[slot]
                        buckets[slot] = 0
                    }
                }
                lastWrite = write
            }
        } else if lastWrite == nil {
            firstWrite = write
            lastWrite = write
        }
        buckets[write.positiveModulo(n)] += value
        windowTotal += value
    }

    /// True when nothing was recorded within the window ending at `time`.
    public func isEmpty(at time: Double) -> Bool {
        guard let last = lastWrite else { return true }
        return index(time) - last > windowSpan
    }

    /// The window average at `time` (0 when empty).
    public func average(at time: Double) -> Double {
        switch algorithm {
        case .linear: linearAverage(at: time)
        case .weightedExponential: weightedAverage(at: time)
        }
    }

    private func linearAverage(at time: Double) -> Double {
        guard let last = lastWrite, let first = firstWrite else { return 0 }
        let now = index(time)
        let n = buckets.count
        let gap = now - last
        if gap <= 0 {
            let valid = Double(min(last - first + 1, n))
            return (windowTotal / valid).roundedDown(toDigits: 6)
        }
        guard gap < windowSpan else { return 0 }
        var total = windowTotal
        for i in (last + 1)...now { total -= buckets[i.positiveModulo(n)] }
        let valid = Double(min(last - first + 1, n - gap))
        return (total / valid).roundedDown(toDigits: 6)
    }

    private func weightedAverage(at time: Double) -> Double {
        guard let last = lastWrite, !isEmpty(at: time) else { return 0 }
        let now = index(time)
        let n = buckets.count
        var count = n
        var multiplier = smoothing
        if now > last {
            let zeros = now - last
            multiplier *= pow(1 - smoothing, Double(zeros))
            count -= zeros
        }
        var result = 0.0
        var i = 0
        while i < count {
            result += buckets[(last - i).positiveModulo(n)] * multiplier
            multiplier *= 1 - smoothing
            i += 1
        }
        return result
    }
}

extension Int {
    func positiveModulo(_ n: Int) -> Int {
        let r = self % n
        return r < 0 ? r + n : r
    }
}

extension Double {
    func roundedDown(toDigits digits: Int) -> Double {
        let scale = pow(10, Double(digits))
        return (self * scale).rounded(.down) / scale
    }
}

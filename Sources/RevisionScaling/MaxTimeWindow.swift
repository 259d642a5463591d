/// The maximum of recorded values over a trailing time window, with time cut into fixed buckets by
/// whole seconds (Knative's `max.TimeWindow`, used for scale-down-delay).
///
/// The bucket index is `floor(time) / granularity` (integer division of whole seconds); the window
/// holds `ceil(duration / granularity)` buckets, the newest being the one last recorded. Values
/// recorded into the same bucket keep their maximum. Time must not decrease.
public struct MaxTimeWindow: Sendable {
    private struct Entry: Sendable {
        var index: Int
        var value: Int
    }

    private let bucketCount: Int
    private let granularity: Int
    /// Descending maxima, oldest first (the ascending-minima algorithm, mirrored for maxima).
    private var maxima: [Entry] = []

    /// - Parameters:
    ///   - duration: window length in seconds (> 0).
    ///   - granularity: bucket size in whole seconds (≥ 1); the KPA uses its 2 s tick interval.
    public init(duration: Double, granularity: Int) {
        self.granularity = max(1, granularity)
        bucketCount = min(1_000_000, max(1, Int(saturatingFloor: (duration / Double(self.granularity)).rounded(.up))))
    }

    /// Records `value` at `time` (seconds).
    public mutating func record(time: Double, value: Int) {
        let index = Int(saturatingFloor: time) / granularity
        var value = value
        while let last = maxima.last, value >= last.value { maxima.removeLast() }
        while let first = maxima.first, index - first.index >= bucketCount { maxima.removeFirst() }
        if let last = maxima.last, last.index == index {
            value = max(value, last.value)
            maxima.removeLast()
        }
        maxima.append(Entry(index: index, value: value))
    }

    /// The maximum over the window ending at the last recorded bucket (0 before any record).
    public var current: Int { maxima.first?.value ?? 0 }
}

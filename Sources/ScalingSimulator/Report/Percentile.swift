/// Nearest-rank percentiles.
enum Percentile {
    /// The value at rank ceil(p × n) of ascending `sorted` (p in (0, 1]); nil when empty.
    static func of(sorted values: [Double], _ p: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let rank = Int((p * Double(values.count)).rounded(.up))
        return values[min(max(rank, 1), values.count) - 1]
    }
}

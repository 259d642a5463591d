/// The largest value recorded within a trailing time span whose length may change between queries.
struct RecentMaximum: Sendable {
    private var entries: [(time: Double, value: Int)] = []
    /// Longest span ever queried; older entries are dropped.
    private let retention: Double

    init(retention: Double) {
        self.retention = retention
    }

    mutating func record(time: Double, value: Int) {
        while let last = entries.last, last.value <= value { entries.removeLast() }
        entries.append((time, value))
        entries.removeAll { $0.time < time - retention }
    }

    /// Maximum over `[now − span, now]`, or nil when nothing was recorded in it.
    func maximum(now: Double, span: Double) -> Int? {
        entries.first { $0.time >= now - span }?.value
    }
}

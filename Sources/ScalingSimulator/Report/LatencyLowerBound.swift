/// The p99 latency no policy could beat in a run that starts at zero: every request arriving in the
/// first cold-start window waits at least until the window ends (no replica can be ready sooner),
/// every other request at least nothing. For a policy that completes every request, its nearest-rank
/// p99 is at least the nearest-rank p99 of these waits.
enum LatencyLowerBound {
    /// Nearest-rank p99, in seconds, of `requests` minimal waits of which `waits` are the non-zero
    /// ones (the first-window requests'); 0 when there are no requests or the rank falls on a zero.
    static func p99(waits: [Double], requests: Int) -> Double {
        guard requests > 0, !waits.isEmpty else { return 0 }
        let n = max(requests, waits.count)
        let rank = min(max(Int((0.99 * Double(n)).rounded(.up)), 1), n) - 1
        let zeros = n - waits.count
        guard rank >= zeros else { return 0 }
        return waits.sorted()[rank - zeros]
    }
}

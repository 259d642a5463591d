/// A token bucket as a pure value: `burst` tokens at most, refilled at `qps` per second. Time is a
/// parameter (seconds on any monotonic scale), so it is deterministic under test.
public struct TokenBucket: Sendable, Hashable {
    public let qps: Double
    public let burst: Double
    private var tokens: Double
    private var last: Double

    public init(qps: Double, burst: Int, now: Double) {
        self.qps = qps
        self.burst = Double(max(1, burst))
        self.tokens = self.burst
        self.last = now
    }

    /// Takes one token, possibly borrowed from the future, and returns how many seconds the caller
    /// must wait before using it (0 when one was available).
    public mutating func reserve(now: Double) -> Double {
        if now > last {
            tokens = min(burst, tokens + (now - last) * qps)
            last = now
        }
        tokens -= 1
        return tokens >= 0 ? 0 : -tokens / qps
    }
}

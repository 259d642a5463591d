/// Per-key exponential back-off: the n-th consecutive failure of a key waits `base × 2ⁿ`, capped
/// at `maximum` (client-go's `ItemExponentialFailureRateLimiter`, 5 ms → 1000 s by default).
///
/// Keys are independent: failures of one never lengthen another's delay. `forget` resets a key.
public struct ItemExponentialBackoff<Key: Hashable & Sendable>: Sendable {
    public let base: Duration
    public let maximum: Duration
    private var failures: [Key: Int] = [:]

    /// - Precondition: `base` is positive and `maximum >= base` (checked by
    ///   `RateLimiterConfiguration.validated()` for user input).
    public init(base: Duration = .milliseconds(5), maximum: Duration = .seconds(1000)) {
        self.base = base
        self.maximum = maximum
    }

    /// The delay before the key's next retry; counts one more failure.
    public mutating func nextDelay(for key: Key) -> Duration {
        let exponent = failures[key, default: 0]
        failures[key] = exponent + 1
        return Self.delay(base: base, maximum: maximum, exponent: exponent)
    }

    /// How many failures the key has accumulated since it was last forgotten.
    public func failureCount(of key: Key) -> Int { failures[key, default: 0] }

    /// Clears the key's failure count (call on success).
    public mutating func forget(_ key: Key) { failures.removeValue(forKey: key) }

    /// `base × 2^exponent`, capped at `maximum`, without overflowing.
    static func delay(base: Duration, maximum: Duration, exponent: Int) -> Duration {
        var delay = base
        var remaining = exponent
        while remaining > 0 {
            if delay >= maximum / 2 { return maximum }
            delay *= 2
            remaining -= 1
        }
        return min(delay, maximum)
    }
}

/// An overall token bucket (client-go's `BucketRateLimiter`): `rate` tokens per second, holding at
/// most `burst`. Each reservation takes one token, borrowing against the future when empty; the
/// returned delay is how long the caller must wait for its token.
///
/// Time is passed in, so the bucket is a pure value.
public struct TokenBucket: Sendable {
    public let rate: Double
    public let burst: Int
    private var tokens: Double
    private var last: Duration?

    /// - Precondition: `rate > 0` and `burst >= 1` (checked by `RateLimiterConfiguration.validated()`).
    public init(rate: Double = 10, burst: Int = 100) {
        self.rate = rate
        self.burst = burst
        tokens = Double(burst)
    }

    /// Takes one token at time `now`; returns the wait before that token is really available.
    public mutating func reserve(now: Duration) -> Duration {
        if let last {
            if now > last {
                tokens = min(Double(burst), tokens + (now - last).seconds * rate)
                self.last = now
            }
        } else {
            last = now
        }
        tokens -= 1
        guard tokens < 0 else { return .zero }
        return .seconds(-tokens / rate)
    }
}

extension Duration {
    /// The duration in (fractional) seconds.
    var seconds: Double {
        let (s, attoseconds) = components
        return Double(s) + Double(attoseconds) * 1e-18
    }
}

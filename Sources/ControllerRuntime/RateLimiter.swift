/// Settings of the controller rate limiter; defaults are client-go's.
public struct RateLimiterConfiguration: Sendable, Hashable {
    /// First per-key retry delay.
    public var baseDelay: Duration = .milliseconds(5)
    /// Largest per-key retry delay.
    public var maxDelay: Duration = .seconds(1000)
    /// Overall retries per second across all keys.
    public var qps: Double = 10
    /// Overall burst.
    public var burst: Int = 100

    public init(baseDelay: Duration = .milliseconds(5), maxDelay: Duration = .seconds(1000), qps: Double = 10, burst: Int = 100) {
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.qps = qps
        self.burst = burst
    }

    /// Returns `self` if every setting is usable.
    /// - Throws: `ConfigurationError` naming the first invalid setting and its value.
    public func validated() throws(ConfigurationError) -> Self {
        guard baseDelay > .zero else { throw ConfigurationError(field: "baseDelay", value: "\(baseDelay)", reason: "must be positive") }
        guard maxDelay >= baseDelay else { throw ConfigurationError(field: "maxDelay", value: "\(maxDelay)", reason: "must be at least baseDelay") }
        guard qps > 0, qps.isFinite else { throw ConfigurationError(field: "qps", value: "\(qps)", reason: "must be a positive finite number") }
        guard burst >= 1 else { throw ConfigurationError(field: "burst", value: "\(burst)", reason: "must be at least 1") }
        return self
    }
}

/// An invalid runtime setting: names the field, the value given and what was expected.
public struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    public var field: String
    public var value: String
    public var reason: String
    public var description: String { "invalid \(field) \(value): \(reason)" }
}

/// The default controller rate limiter: the larger of a per-key exponential back-off and an
/// overall token bucket, as client-go's `DefaultControllerRateLimiter`.
public struct ControllerRateLimiter<Key: Hashable & Sendable>: Sendable {
    private var perKey: ItemExponentialBackoff<Key>
    private var bucket: TokenBucket

    public init(_ configuration: RateLimiterConfiguration = .init()) {
        perKey = ItemExponentialBackoff(base: configuration.baseDelay, maximum: configuration.maxDelay)
        bucket = TokenBucket(rate: configuration.qps, burst: configuration.burst)
    }

    /// The delay before `key` may be retried, counting one more failure of it.
    public mutating func nextDelay(for key: Key, now: Duration) -> Duration {
        max(perKey.nextDelay(for: key), bucket.reserve(now: now))
    }

    /// Failures counted for `key` since it was last forgotten.
    public func failureCount(of key: Key) -> Int { perKey.failureCount(of: key) }

    /// Resets `key`'s back-off (the token bucket is not refunded).
    public mutating func forget(_ key: Key) { perKey.forget(key) }
}

/// The reflector's retry delays after a failed list or watch (client-go's defaults): 800 ms
/// doubling to 30 s, each delay jittered upward by up to 100 %, capped at `maximum`, and reset to
/// the start after `resetAfter` (2 min) without a failure. Pure: time and randomness are passed in.
public struct ReflectorBackoff: Sendable {
    public let initial: Duration
    public let maximum: Duration
    public let resetAfter: Duration
    /// Upper bound of the upward jitter, as a fraction of the delay.
    public let jitter: Double
    private var next: Duration
    private var lastFailure: Duration?

    public init(initial: Duration = .milliseconds(800), maximum: Duration = .seconds(30), resetAfter: Duration = .seconds(120), jitter: Double = 1.0) {
        self.initial = initial
        self.maximum = maximum
        self.resetAfter = resetAfter
        self.jitter = jitter
        next = initial
    }

    /// The delay before retrying after a failure at `now`.
    public mutating func delay(now: Duration, using random: inout some RandomNumberGenerator) -> Duration {
        if let lastFailure, now - lastFailure > resetAfter { next = initial }
        lastFailure = now
        let base = next
        next = min(next * 2, maximum)
        let factor = jitter > 0 ? Double.random(in: 0..<jitter, using: &random) : 0
        return min(base + base * factor, maximum)
    }

    /// The un-jittered delay the next failure would start from.
    public var nextBase: Duration { next }
}

/// Server-side watch timeouts, spread so that many watches do not expire together: uniform in
/// [minimum, 2 × minimum), 5 to 10 minutes by default, as client-go's reflector.
public enum WatchTimeout {
    public static func random(minimum: Duration = .seconds(300), using random: inout some RandomNumberGenerator) -> Duration {
        minimum + minimum * Double.random(in: 0..<1, using: &random)
    }
}

/// When and how long to wait before retrying a request. Only idempotent requests (GET, HEAD, PUT,
/// DELETE) are retried, and only after 429, 503, 504 or a connection failure. The delay is the
/// server's `Retry-After` when given (capped at `maximumRetryAfter`), else exponential backoff
/// with full jitter between `baseDelay` and `maximumDelay`.
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts in all, the first included; 1 disables retries.
    public var maximumAttempts: Int
    public var baseDelay: Duration
    public var maximumDelay: Duration
    public var maximumRetryAfter: Duration

    public init(maximumAttempts: Int = 5, baseDelay: Duration = .milliseconds(100),
                maximumDelay: Duration = .seconds(10), maximumRetryAfter: Duration = .seconds(60)) {
        self.maximumAttempts = max(1, maximumAttempts)
        self.baseDelay = baseDelay
        self.maximumDelay = maximumDelay
        self.maximumRetryAfter = maximumRetryAfter
    }

    /// No retries.
    public static let none = RetryPolicy(maximumAttempts: 1)

    /// Whether a request with `method` may be sent again without changing the outcome.
    public static func isIdempotent(_ method: String) -> Bool {
        ["GET", "HEAD", "PUT", "DELETE", "OPTIONS"].contains(method)
    }

    /// Whether a response code is worth retrying.
    public static func isRetryable(code: Int) -> Bool { code == 429 || code == 503 || code == 504 }

    /// The wait before attempt `attempt + 1` (attempt counts from 1): `retryAfterSeconds` when the
    /// server gave one, else a random duration in `[0, min(maximumDelay, baseDelay × 2^(attempt-1))]`.
    public func delay(afterAttempt attempt: Int, retryAfterSeconds: Int?, using random: inout some RandomNumberGenerator) -> Duration {
        if let retryAfterSeconds, retryAfterSeconds >= 0 {
            return min(.seconds(retryAfterSeconds), maximumRetryAfter)
        }
        let exponent = min(max(attempt - 1, 0), 30)
        let ceiling = min(maximumDelay, baseDelay * (1 << exponent))
        let ceilingNanos = ceiling.components.seconds * 1_000_000_000 + ceiling.components.attoseconds / 1_000_000_000
        guard ceilingNanos > 0 else { return .zero }
        return .nanoseconds(Int64.random(in: 0...ceilingNanos, using: &random))
    }

    /// Parses `Retry-After` in its delta-seconds form; HTTP dates and junk give nil.
    public static func parseRetryAfter(_ header: String?) -> Int? {
        guard let header, let seconds = Int(header.trimmingCharacters(in: .whitespaces)), seconds >= 0 else { return nil }
        return seconds
    }
}

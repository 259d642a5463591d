import Synchronization

/// Client-side rate limiting shared by every request of one client: each request reserves a
/// token from a `TokenBucket` and sleeps until its token is due.
final class RateLimiter: Sendable {
    private let bucket: Mutex<TokenBucket>
    private let origin = ContinuousClock.now

    init(_ limit: RateLimit) {
        bucket = Mutex(TokenBucket(qps: limit.qps, burst: limit.burst, now: 0))
    }

    /// Waits for this request's turn.
    func acquire() async throws {
        let elapsed = ContinuousClock.now - origin
        let now = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let wait = bucket.withLock { $0.reserve(now: now) }
        if wait > 0 { try await Task.sleep(for: .seconds(wait)) }
    }
}

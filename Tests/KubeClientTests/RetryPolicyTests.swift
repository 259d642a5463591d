@testable import KubeClient
import Testing
import ThawDeterminism

@Suite("Retry policy and rate limiting")
struct RetryPolicyTests {
    @Test func retryAfterWinsAndIsCapped() {
        var random = SplitMix64(seed: 1)
        let policy = RetryPolicy(maximumRetryAfter: .seconds(30))
        #expect(policy.delay(afterAttempt: 1, retryAfterSeconds: 7, using: &random) == .seconds(7))
        #expect(policy.delay(afterAttempt: 1, retryAfterSeconds: 600, using: &random) == .seconds(30))
    }

    @Test func backoffGrowsExponentiallyWithinTheCeiling() {
        var random = SplitMix64(seed: 7)
        let policy = RetryPolicy(baseDelay: .milliseconds(100), maximumDelay: .seconds(1))
        for attempt in 1...10 {
            let ceiling = min(Duration.seconds(1), .milliseconds(100) * (1 << (attempt - 1)))
            for _ in 0..<50 {
                let delay = policy.delay(afterAttempt: attempt, retryAfterSeconds: nil, using: &random)
                #expect(delay >= .zero && delay <= ceiling)
            }
        }
    }

    @Test func onlyIdempotentMethodsAndRetryableCodes() {
        #expect(RetryPolicy.isIdempotent("GET") && RetryPolicy.isIdempotent("PUT") && RetryPolicy.isIdempotent("DELETE"))
        #expect(!RetryPolicy.isIdempotent("POST") && !RetryPolicy.isIdempotent("PATCH"))
        #expect([429, 503, 504].allSatisfy(RetryPolicy.isRetryable(code:)))
        #expect(![400, 409, 500, 502].contains(where: RetryPolicy.isRetryable(code:)))
        #expect(RetryPolicy.parseRetryAfter(" 3 ") == 3)
        #expect(RetryPolicy.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT") == nil)
    }

    @Test func tokenBucketAllowsBurstThenPacesAtQPS() {
        var bucket = TokenBucket(qps: 10, burst: 3, now: 0)
        #expect((0..<3).map { _ in bucket.reserve(now: 0) } == [0, 0, 0])
        #expect(abs(bucket.reserve(now: 0) - 0.1) < 1e-9)
        #expect(abs(bucket.reserve(now: 0) - 0.2) < 1e-9)
        // After a long pause the bucket is full again, never more than `burst`.
        #expect((0..<3).map { _ in bucket.reserve(now: 100) } == [0, 0, 0])
        #expect(bucket.reserve(now: 100) > 0)
    }
}

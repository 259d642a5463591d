import Testing

@testable import ControllerRuntime

@Suite struct RateLimiterTests {
    @Test func perKeyBackoffDoublesFrom5msAndCapsAt1000s() {
        var backoff = ItemExponentialBackoff<String>()
        let delays = (0..<4).map { _ in backoff.nextDelay(for: "a") }
        #expect(delays == [.milliseconds(5), .milliseconds(10), .milliseconds(20), .milliseconds(40)])
        do { let value = backoff.nextDelay(for: "b") == .milliseconds(5); #expect(value) }  // keys are independent
        for _ in 0..<100 { _ = backoff.nextDelay(for: "a") }
        do { let value = backoff.nextDelay(for: "a") == .seconds(1000); #expect(value) }
        backoff.forget("a")
        do { let value = backoff.nextDelay(for: "a") == .milliseconds(5); #expect(value) }
    }

    @Test func backoffIsConfigurable() {
        var backoff = ItemExponentialBackoff<Int>(base: .seconds(1), maximum: .seconds(3))
        do { let value = (0..<4).map { _ in backoff.nextDelay(for: 1) } == [.seconds(1), .seconds(2), .seconds(3), .seconds(3)]; #expect(value) }
    }

    @Test func tokenBucketAllowsBurstThenRateLimits() {
        var bucket = TokenBucket(rate: 10, burst: 100)
        for _ in 0..<100 { #expect(bucket.reserve(now: .zero) == .zero) }
        do { let value = bucket.reserve(now: .zero) == .milliseconds(100); #expect(value) }
        do { let value = bucket.reserve(now: .zero) == .milliseconds(200); #expect(value) }
        // 1 s later ten tokens were refilled, all of them already borrowed by the two above plus 8.
        var refilled = TokenBucket(rate: 10, burst: 100)
        for _ in 0..<100 { _ = refilled.reserve(now: .zero) }
        for _ in 0..<10 { #expect(refilled.reserve(now: .seconds(1)) == .zero) }
        do { let value = refilled.reserve(now: .seconds(1)) == .milliseconds(100); #expect(value) }
    }

    @Test func controllerLimiterTakesTheLargerDelay() {
        var limiter = ControllerRateLimiter<String>(RateLimiterConfiguration(qps: 1, burst: 1))
        do { let value = limiter.nextDelay(for: "a", now: .zero) == .milliseconds(5); #expect(value) }  // bucket had a token
        do { let value = limiter.nextDelay(for: "b", now: .zero) == .seconds(1); #expect(value) }  // bucket empty: 1 s
        #expect(limiter.failureCount(of: "a") == 1)
        limiter.forget("a")
        #expect(limiter.failureCount(of: "a") == 0)
    }

    @Test func invalidConfigurationNamesTheField() {
        #expect(throws: ConfigurationError(field: "qps", value: "0.0", reason: "must be a positive finite number")) {
            try RateLimiterConfiguration(qps: 0).validated()
        }
        #expect(throws: ConfigurationError.self) { try RateLimiterConfiguration(baseDelay: .seconds(2), maxDelay: .seconds(1)).validated() }
    }
}

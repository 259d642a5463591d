/// One pod's queue-proxy report for the last second (what the scraper reads).
public struct PodStat: Sendable, Equatable {
    /// Seconds since the pod started; pods younger than the stable window only fill the sample.
    public var age: Double
    /// Average in-flight requests over the last second, including those proxied by the activator.
    public var concurrency: Double
    /// Of `concurrency`, the part that came through the activator.
    public var proxiedConcurrency: Double
    /// Requests received in the last second, including proxied ones.
    public var requestCount: Double
    /// Of `requestCount`, the part that came through the activator.
    public var proxiedRequestCount: Double

    public init(age: Double, concurrency: Double, proxiedConcurrency: Double = 0, requestCount: Double = 0, proxiedRequestCount: Double = 0) {
        self.age = age
        self.concurrency = concurrency
        self.proxiedConcurrency = proxiedConcurrency
        self.requestCount = requestCount
        self.proxiedRequestCount = proxiedRequestCount
    }
}

/// A revision-wide metric estimate for one second: summed activator reports or a scaled pod sample.
public struct RevisionStat: Sendable, Equatable {
    public var concurrency: Double
    public var proxiedConcurrency: Double
    public var requestCount: Double
    public var proxiedRequestCount: Double

    public init(concurrency: Double, proxiedConcurrency: Double = 0, requestCount: Double = 0, proxiedRequestCount: Double = 0) {
        self.concurrency = concurrency
        self.proxiedConcurrency = proxiedConcurrency
        self.requestCount = requestCount
        self.proxiedRequestCount = proxiedRequestCount
    }
}

/// The KPA's pod sampling: picks `ScrapeSampling.sampleSize` pods, old pods (at least the stable
/// window old) first, young pods only to fill the sample, and scales the sample mean to all pods.
public struct PodScraper: Sendable {
    public let stableWindow: Double

    public init(stableWindow: Double) {
        self.stableWindow = stableWindow
    }

    /// The estimate for all `pods` (the ready pods), or nil when there are none.
    /// When old pods outnumber the sample, which ones are read is chosen with `generator`;
    /// young pods filling the sample are chosen the same way.
    public func scrape<G: RandomNumberGenerator>(_ pods: [PodStat], using generator: inout G) -> RevisionStat? {
        guard !pods.isEmpty else { return nil }
        let sampleSize = ScrapeSampling.sampleSize(population: pods.count)
        var old = pods.filter { $0.age >= stableWindow }
        var young = pods.filter { $0.age < stableWindow }
        if old.count < sampleSize {
            young.shuffle(using: &generator)
        } else {
            old.shuffle(using: &generator)
        }
        let sample = (old + young).prefix(sampleSize)
        var sum = RevisionStat(concurrency: 0)
        for pod in sample {
            sum.concurrency += pod.concurrency
            sum.proxiedConcurrency += pod.proxiedConcurrency
            sum.requestCount += pod.requestCount
            sum.proxiedRequestCount += pod.proxiedRequestCount
        }
        let scale = Double(pods.count) / Double(sampleSize)
        return RevisionStat(
            concurrency: sum.concurrency * scale, proxiedConcurrency: sum.proxiedConcurrency * scale,
            requestCount: sum.requestCount * scale, proxiedRequestCount: sum.proxiedRequestCount * scale)
    }
}

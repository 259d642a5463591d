/// Turns per-second stats into the decider's stable and panic observations (Knative's collector).
///
/// Every record goes into four windows (concurrency and rps, stable and panic) with the proxied
/// share subtracted: requests that came through the activator are reported by the activator itself
/// (`recordActivator`), so the pods' share of them must not be counted twice.
public struct MetricCollector: Sendable {
    public let metric: ScalingMetric
    private var stableConcurrency: MetricWindow
    private var panicConcurrency: MetricWindow
    private var stableRPS: MetricWindow
    private var panicRPS: MetricWindow

    /// Windows from the spec: stable window, panic window = stable × percentage / 100 rounded to a
    /// whole second (at least 1 s), 1 s buckets, the spec's aggregation algorithm.
    public init(spec: AutoscalerSpec) {
        metric = spec.metric
        let panicWindow = max(1, spec.panicWindow.rounded())
        stableConcurrency = MetricWindow(window: spec.stableWindow, algorithm: spec.aggregation)
        panicConcurrency = MetricWindow(window: panicWindow, algorithm: spec.aggregation)
        stableRPS = MetricWindow(window: spec.stableWindow, algorithm: spec.aggregation)
        panicRPS = MetricWindow(window: panicWindow, algorithm: spec.aggregation)
    }

    /// Records a revision-wide stat (a pod scrape or an activator report) taken at `time`.
    public mutating func record(time: Double, _ stat: RevisionStat) {
        let concurrency = stat.concurrency - stat.proxiedConcurrency
        let rps = stat.requestCount - stat.proxiedRequestCount
        stableConcurrency.record(time: time, value: concurrency)
        panicConcurrency.record(time: time, value: concurrency)
        stableRPS.record(time: time, value: rps)
        panicRPS.record(time: time, value: rps)
    }

    /// Records the activator's report: requests it holds or proxies for the revision.
    public mutating func recordActivator(time: Double, concurrency: Double, requestCount: Double) {
        record(time: time, RevisionStat(concurrency: concurrency, requestCount: requestCount))
    }

    /// Stable and panic values of the scaling metric at `time`; nil when there is no data in the
    /// stable window (the KPA skips that tick).
    public func observation(at time: Double) -> (stable: Double, panic: Double)? {
        switch metric {
        case .concurrency:
            if stableConcurrency.isEmpty(at: time) { return nil }
            return (stableConcurrency.average(at: time), panicConcurrency.average(at: time))
        case .rps:
            if stableRPS.isEmpty(at: time) { return nil }
            return (stableRPS.average(at: time), panicRPS.average(at: time))
        }
    }
}

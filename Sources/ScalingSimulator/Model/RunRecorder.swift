/// Accumulates the figures of a run: request outcomes and latencies, replica time integrals, scale
/// and panic events, and (optionally) the per-second time series.
struct RunRecorder {
    var requests = 0
    var completed = 0
    var failures: [FailureReason: Int] = [:]
    var coldStartDelayed = 0
    /// Requests that arrived in the first cold-start window (see `ScalingModel.firstWindowEnd`).
    var firstWindowRequests = 0
    /// For each first-window request, the least it must wait: from its arrival to the window's end, seconds.
    var firstWindowWaits: [Double] = []
    /// Cold-start-delayed requests that arrived after the first cold-start window.
    var coldStartDelayedAfterFirstWindow = 0
    /// Latency of every completed request that arrived after the first cold-start window, seconds.
    var latencies: [Double] = []
    /// Latency of every completed request that arrived in the first cold-start window, seconds.
    var firstWindowLatencies: [Double] = []
    var replicaSeconds: ClippedIntegral
    var timeAtZero: ClippedIntegral
    private(set) var existingReplicas = 0
    var peakReplicas = 0
    var scaleEvents = 0
    var panicEpisodes = 0
    var inPanic = false

    let recordsSeries: Bool
    var series: [TimeSeriesRow] = []
    /// Latencies of requests completed since the last series row (only with `recordsSeries`).
    var secondLatencies: [Double] = []

    init(durationNanoseconds: Int64, recordsSeries: Bool) {
        replicaSeconds = ClippedIntegral(end: durationNanoseconds)
        timeAtZero = ClippedIntegral(end: durationNanoseconds)
        self.recordsSeries = recordsSeries
    }

    /// The number of existing replicas (launching, ready or terminating) changes to `count` at `now`.
    mutating func setExistingReplicas(_ count: Int, at now: Int64) {
        advanceIntegrals(to: now)
        existingReplicas = count
        peakReplicas = max(peakReplicas, count)
    }

    mutating func advanceIntegrals(to now: Int64) {
        replicaSeconds.advance(to: now, value: Double(existingReplicas))
        timeAtZero.advance(to: now, value: existingReplicas == 0 ? 1 : 0)
    }

    mutating func fail(_ reason: FailureReason) {
        failures[reason, default: 0] += 1
    }

    mutating func complete(latency: Double, inFirstWindow: Bool) {
        completed += 1
        if inFirstWindow {
            firstWindowLatencies.append(latency)
        } else {
            latencies.append(latency)
        }
        if recordsSeries { secondLatencies.append(latency) }
    }

    var failed: Int { failures.values.reduce(0, +) }
}

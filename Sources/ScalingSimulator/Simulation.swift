import RevisionScaling

/// Runs scenarios. Pure: the result depends only on the scenario (seed included) and options, so
/// the same inputs give byte-identical reports.
public enum Simulation {
    /// Runs `scenario` to completion.
    /// - Throws: `AutoscalerSpecError` when the scenario's autoscaler keys, annotations or
    ///   containerConcurrency are invalid.
    public static func run(_ scenario: Scenario, options: SimulationOptions = .init()) throws(AutoscalerSpecError) -> SimulationResult {
        let spec = try AutoscalerSpec(
            configMap: scenario.autoscalerConfig, annotations: scenario.annotations,
            containerConcurrency: scenario.workload.containerConcurrency)
        var model = ScalingModel(scenario: scenario, spec: spec, recordTrace: options.trace, recordSeries: options.timeSeries)
        model.run()
        return SimulationResult(summary: summarize(model), timeSeries: model.recorder.series, trace: model.ledger.trace)
    }

    private static func summarize(_ model: ScalingModel) -> SimulationSummary {
        let recorder = model.recorder
        var afterWindow = recorder.latencies
        let p99AfterWindow = (Percentile.select([0.99], in: &afterWindow)[0] ?? 0) * 1000
        var latencies = recorder.firstWindowLatencies + recorder.latencies
        let mean = latencies.isEmpty ? 0 : latencies.reduce(0, +) / Double(latencies.count) * 1000
        let percentiles = Percentile.select([0.50, 0.95, 0.99], in: &latencies).map { ($0 ?? 0) * 1000 }
        return SimulationSummary(
            scenario: model.scenario.name, policy: model.scenario.policy.rawValue, seed: model.scenario.seed,
            durationSeconds: model.scenario.durationSeconds, requests: recorder.requests,
            completed: recorder.completed, failed: recorder.failed,
            failures: Dictionary(uniqueKeysWithValues: recorder.failures.map { ($0.key.rawValue, $0.value) }),
            coldStartDelayed: recorder.coldStartDelayed,
            coldStartShare: recorder.requests == 0 ? 0 : Double(recorder.coldStartDelayed) / Double(recorder.requests),
            latencyP50Milliseconds: percentiles[0], latencyP95Milliseconds: percentiles[1],
            latencyP99Milliseconds: percentiles[2],
            latencyMeanMilliseconds: mean, replicaSeconds: recorder.replicaSeconds.total,
            peakReplicas: recorder.peakReplicas, scaleEvents: recorder.scaleEvents,
            panicEpisodes: recorder.panicEpisodes, timeAtZeroSeconds: recorder.timeAtZero.total,
            firstWindowRequests: recorder.firstWindowRequests,
            coldStartDelayedAfterFirstWindow: recorder.coldStartDelayedAfterFirstWindow,
            latencyP99AfterFirstWindowMilliseconds: p99AfterWindow,
            latencyP99LowerBoundMilliseconds: LatencyLowerBound.p99(waits: recorder.firstWindowWaits, requests: recorder.requests) * 1000,
            events: model.queue.delivered)
    }
}

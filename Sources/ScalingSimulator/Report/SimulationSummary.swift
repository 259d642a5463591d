/// The figures that decide between policies, for one run (`thaw sim --format json`).
///
/// Requests are those that arrived during the run; every one is counted once in `completed` or
/// `failed`. Time integrals cover `[0, duration]`.
public struct SimulationSummary: Sendable, Equatable {
    public var scenario: String
    public var policy: String
    public var seed: UInt64
    public var durationSeconds: Double
    public var requests: Int
    public var completed: Int
    public var failed: Int
    /// Failures by reason (`FailureReason` raw values); reasons with no failures are omitted.
    public var failures: [String: Int]
    /// Requests that waited for a replica that became ready after they arrived.
    public var coldStartDelayed: Int
    public var coldStartShare: Double
    /// Latency percentiles of completed requests, milliseconds (0 when nothing completed).
    public var latencyP50Milliseconds: Double
    public var latencyP95Milliseconds: Double
    public var latencyP99Milliseconds: Double
    public var latencyMeanMilliseconds: Double
    public var replicaSeconds: Double
    public var peakReplicas: Int
    public var scaleEvents: Int
    public var panicEpisodes: Int
    public var timeAtZeroSeconds: Double
    /// Secondary figures, excluding what no policy can avoid. For a revision that starts at zero,
    /// the *first cold-start window* runs from the first arrival for the fastest possible launch
    /// (scheduling, image pull unless a node holds the image, start, readiness): every request
    /// arriving in it waits for a cold start whatever the policy. 0 requests when the run starts
    /// with ready replicas. The primary figures above include these requests. It is also the lower
    /// bound of `coldStartDelayed` for any policy that scales from zero when traffic arrives.
    public var firstWindowRequests: Int
    /// Cold-start-delayed requests that arrived after the first cold-start window.
    public var coldStartDelayedAfterFirstWindow: Int
    /// p99 latency of completed requests that arrived after the first cold-start window, ms.
    public var latencyP99AfterFirstWindowMilliseconds: Double
    /// Lower bound of `latencyP99Milliseconds` for any policy that scales from zero when traffic
    /// arrives and completes every request: the nearest-rank p99 of each request's least possible
    /// wait (to the end of the first cold-start window for first-window requests, else 0). ms.
    public var latencyP99LowerBoundMilliseconds: Double
    /// Engine events processed (for throughput figures).
    public var events: Int

    /// The fields in output order with deterministic formatting.
    public var fields: [(key: String, value: String)] {
        [
            ("scenario", JSONText.string(scenario)), ("policy", JSONText.string(policy)), ("seed", String(seed)),
            ("duration_s", NumberFormat.fixed(durationSeconds, digits: 3)),
            ("requests", String(requests)), ("completed", String(completed)), ("failed", String(failed)),
            ("failures", JSONText.object(failures.sorted { $0.key < $1.key }.map { ($0.key, String($0.value)) })),
            ("cold_start_delayed", String(coldStartDelayed)),
            ("cold_start_share", NumberFormat.fixed(coldStartShare, digits: 6)),
            ("latency_p50_ms", NumberFormat.fixed(latencyP50Milliseconds, digits: 3)),
            ("latency_p95_ms", NumberFormat.fixed(latencyP95Milliseconds, digits: 3)),
            ("latency_p99_ms", NumberFormat.fixed(latencyP99Milliseconds, digits: 3)),
            ("latency_mean_ms", NumberFormat.fixed(latencyMeanMilliseconds, digits: 3)),
            ("replica_seconds", NumberFormat.fixed(replicaSeconds, digits: 3)),
            ("peak_replicas", String(peakReplicas)), ("scale_events", String(scaleEvents)),
            ("panic_episodes", String(panicEpisodes)),
            ("time_at_zero_s", NumberFormat.fixed(timeAtZeroSeconds, digits: 3)),
            ("first_window_requests", String(firstWindowRequests)),
            ("cold_start_delayed_after_first_window", String(coldStartDelayedAfterFirstWindow)),
            ("latency_p99_after_first_window_ms", NumberFormat.fixed(latencyP99AfterFirstWindowMilliseconds, digits: 3)),
            ("latency_p99_lower_bound_ms", NumberFormat.fixed(latencyP99LowerBoundMilliseconds, digits: 3)),
            ("events", String(events)),
        ]
    }

    /// One JSON object on one line, keys in a fixed order.
    public var json: String { JSONText.object(fields.map { ($0.key, $0.value) }) }
}

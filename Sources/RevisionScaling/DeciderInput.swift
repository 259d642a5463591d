/// What a scaling policy observes at one decision tick (the KPA ticks every 2 s).
///
/// Only `time`, `readyPods`, `stableValue` and `panicValue` are required; they are exactly what
/// Knative's decider sees. The other fields are optional observations a richer environment (the
/// simulator, the controller) can provide; the `knative` policy ignores them, the `thaw` policy uses
/// them when present and falls back to conservative behaviour when they are left at their defaults.
/// Call `decide` only on ticks with metric data ("no data → no decision").
public struct DeciderInput: Sendable, Equatable {
    /// Seconds since an arbitrary epoch; must not decrease between ticks.
    public var time: Double
    /// Pods that are ready to serve (the KPA's `ReadyCount`), ≥ 0.
    public var readyPods: Int
    /// Observed stable-window average of the scaling metric for the whole revision (concurrency or rps).
    public var stableValue: Double
    /// Observed panic-window average of the scaling metric for the whole revision.
    public var panicValue: Double
    /// Pods created but not yet ready (scheduling, image pull, start, readiness). `thaw` counts them
    /// as capacity on the way so it does not re-request them while they start. Default 0.
    public var pendingPods: Int
    /// Requests currently held by the activator for this revision (waiting for a ready pod). Default 0.
    public var activatorQueue: Double
    /// Requests that arrived at the revision since the previous tick, if known (nil = unknown;
    /// `thaw` then infers activity from `panicValue > 0`). Feeds the idle-time histogram.
    public var arrivals: Int?
    /// Most recently observed cold-start duration in seconds (pod creation → ready), if known.
    /// `thaw` sizes keep-alive and its pre-scale horizon from it. nil = unknown.
    public var observedColdStart: Double?

    public init(
        time: Double, readyPods: Int, stableValue: Double, panicValue: Double,
        pendingPods: Int = 0, activatorQueue: Double = 0, arrivals: Int? = nil, observedColdStart: Double? = nil
    ) {
        self.time = time
        self.readyPods = readyPods
        self.stableValue = stableValue
        self.panicValue = panicValue
        self.pendingPods = pendingPods
        self.activatorQueue = activatorQueue
        self.arrivals = arrivals
        self.observedColdStart = observedColdStart
    }
}

/// Everything a scaling policy needs to know about one revision, resolved the way Knative resolves it:
/// `config-autoscaler` ConfigMap values, overridden by the revision's `autoscaling.knative.dev/…`
/// annotations, plus the revision's `containerConcurrency`.
///
/// Durations are in seconds; percentages are stored as fractions/ratios (`panicThreshold` 2.0 = 200 %).
/// The initializer validates every key with Knative's ranges and throws `AutoscalerSpecError` naming
/// the first offending key and value; unknown keys are ignored, as Knative ignores them.
public struct AutoscalerSpec: Sendable, Equatable {
    /// The annotation prefix of per-revision overrides.
    public static let annotationPrefix = "autoscaling.knative.dev/"

    /// Every `config-autoscaler` key Knative reads (plus `_example`); the initializer ignores others,
    /// as Knative does, so tools that want to catch typos check against this list.
    public static let configMapKeys: Set<String> = [
        "_example", "pod-autoscaler-class", "enable-scale-to-zero", "allow-zero-initial-scale", "max-scale-up-rate",
        "max-scale-down-rate", "container-concurrency-target-percentage", "container-concurrency-target-default",
        "requests-per-second-target-default", "target-burst-capacity", "panic-window-percentage", "activator-capacity",
        "panic-threshold-percentage", "initial-scale", "min-scale", "max-scale", "max-scale-limit", "stable-window",
        "scale-down-delay", "scale-to-zero-grace-period", "scale-to-zero-pod-retention-period",
    ]

    /// Every `autoscaling.knative.dev/…` annotation suffix the initializer reads.
    public static let annotationKeys: Set<String> = [
        "class", "metric", "target", "target-utilization-percentage", "target-burst-capacity", "window",
        "panic-window-percentage", "panic-threshold-percentage", "min-scale", "max-scale", "minScale", "maxScale",
        "initial-scale", "scale-down-delay", "scale-to-zero-pod-retention-period", "metric-aggregation-algorithm",
        "activation-scale",
    ]

    public var metric: ScalingMetric
    /// The revision's containerConcurrency (0 = unlimited).
    public var containerConcurrency: Int
    /// Maximum metric value one pod can take (`total` in Knative): CC, the default target, or the annotation.
    public var totalValue: Double
    /// Metric value per pod the autoscaler aims for: max(0.01, total × utilization).
    public var targetValue: Double
    /// Target burst capacity: ≥ 0, or −1 for unlimited (activator always in the path).
    public var targetBurstCapacity: Double
    /// Panic threshold as a ratio of desired panic pods to ready pods (200 % → 2.0).
    public var panicThreshold: Double
    /// Stable window in whole seconds.
    public var stableWindow: Double
    /// Panic window as a percentage of the stable window.
    public var panicWindowPercentage: Double
    public var maxScaleUpRate: Double
    public var maxScaleDownRate: Double
    public var enableScaleToZero: Bool
    public var scaleToZeroGracePeriod: Double
    public var scaleToZeroPodRetentionPeriod: Double
    public var activatorCapacity: Double
    /// Scale the revision starts at until it first reaches it (0 only with allow-zero-initial-scale).
    public var initialScale: Int
    public var minScale: Int
    /// 0 = unlimited.
    public var maxScale: Int
    /// Whole seconds; 0 disables the delay window.
    public var scaleDownDelay: Double
    /// Smallest non-zero scale (≥ 1).
    public var activationScale: Int
    public var aggregation: AggregationAlgorithm
    /// Whether the revision is routable; an unreachable revision may scale down without rate limit.
    public var reachable: Bool
    /// Seconds a revision may stay activating before it is scaled back to zero: the deployment
    /// progress deadline (600 s, `config-deployment`) plus the KPA's 10 s buffer.
    public var activationTimeout: Double = 610

    /// The panic window in seconds (stable window × percentage / 100).
    public var panicWindow: Double { stableWindow * panicWindowPercentage / 100 }

    /// Resolves a spec.
    /// - Parameters:
    ///   - configMap: `config-autoscaler` data, string values as in the ConfigMap (`"stable-window": "60s"`).
    ///   - annotations: the revision's annotations; keys without the `autoscaling.knative.dev/` prefix are ignored.
    ///   - containerConcurrency: the revision's containerConcurrency, 0…1000.
    ///   - reachable: whether the revision receives traffic from a route.
    /// - Throws: `AutoscalerSpecError` naming the first invalid key and its value.
    public init(
        configMap: [String: String], annotations: [String: String] = [:], containerConcurrency: Int = 0,
        reachable: Bool = true
    ) throws(AutoscalerSpecError) {
        let config = try AutoscalerConfig(configMap)
        let revision = try RevisionAnnotations(annotations, config: config)
        guard (0...1000).contains(containerConcurrency) else {
            throw AutoscalerSpecError(
                key: "containerConcurrency", value: String(containerConcurrency), reason: "must be in [0, 1000]")
        }
        self.containerConcurrency = containerConcurrency
        self.reachable = reachable
        metric = revision.metric ?? .concurrency
        var total: Double
        var utilization: Double
        switch metric {
        case .rps:
            total = config.rpsTargetDefault
            utilization = AutoscalerConfig.defaultTargetUtilization
        case .concurrency:
            total = containerConcurrency == 0 ? config.containerConcurrencyTargetDefault : Double(containerConcurrency)
            utilization = config.containerConcurrencyTargetFraction
        }
        if let target = revision.target {
            total = target
            if metric == .concurrency && containerConcurrency != 0 { total = min(target, Double(containerConcurrency)) }
        }
        if let fraction = revision.targetUtilization { utilization = fraction }
        totalValue = total
        targetValue = max(AutoscalerConfig.targetMin, total * utilization)
        targetBurstCapacity = revision.targetBurstCapacity ?? config.targetBurstCapacity
        panicThreshold = (revision.panicThresholdPercentage ?? config.panicThresholdPercentage) / 100
        stableWindow = revision.window ?? config.stableWindow
        panicWindowPercentage = revision.panicWindowPercentage ?? config.panicWindowPercentage
        maxScaleUpRate = config.maxScaleUpRate
        maxScaleDownRate = config.maxScaleDownRate
        enableScaleToZero = config.enableScaleToZero
        scaleToZeroGracePeriod = config.scaleToZeroGracePeriod
        scaleToZeroPodRetentionPeriod = revision.scaleToZeroPodRetentionPeriod ?? config.scaleToZeroPodRetentionPeriod
        activatorCapacity = config.activatorCapacity
        initialScale = revision.initialScale ?? config.initialScale
        minScale = revision.minScale ?? config.minScale
        maxScale = revision.maxScale ?? config.maxScale
        scaleDownDelay = revision.scaleDownDelay ?? config.scaleDownDelay
        activationScale = revision.activationScale ?? 1
        aggregation = revision.aggregation ?? .linear
        if maxScale != 0 && minScale > maxScale {
            throw AutoscalerSpecError(
                key: Self.annotationPrefix + "min-scale", value: String(minScale),
                reason: "must not exceed max-scale (\(maxScale))")
        }
    }
}

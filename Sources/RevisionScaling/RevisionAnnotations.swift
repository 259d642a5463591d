/// The `autoscaling.knative.dev/…` annotations of one revision, validated with Knative's ranges.
/// nil fields were not set and fall back to the ConfigMap.
struct RevisionAnnotations {
    var metric: ScalingMetric?
    var target: Double?
    /// Fraction (the annotation is a percentage).
    var targetUtilization: Double?
    var targetBurstCapacity: Double?
    var window: Double?
    var panicWindowPercentage: Double?
    var panicThresholdPercentage: Double?
    var minScale: Int?
    var maxScale: Int?
    var initialScale: Int?
    var scaleDownDelay: Double?
    var scaleToZeroPodRetentionPeriod: Double?
    var aggregation: AggregationAlgorithm?
    var activationScale: Int?

    init(_ annotations: [String: String], config: AutoscalerConfig) throws(AutoscalerSpecError) {
        let r = ConfigValueReader(values: annotations, keyPrefix: AutoscalerSpec.annotationPrefix)
        if let text = r.string("class"), !["kpa.autoscaling.knative.dev", "kpa"].contains(text.lowercased()) {
            throw AutoscalerSpecError(
                key: AutoscalerSpec.annotationPrefix + "class", value: text,
                reason: "only the KPA class (kpa.autoscaling.knative.dev) is modelled")
        }
        metric = try r.enum("metric", ScalingMetric.self)
        target = try r.double("target", { $0 >= AutoscalerConfig.targetMin }, "must be at least 0.01")
        targetUtilization = try r.double(
            "target-utilization-percentage", { $0 >= 1 && $0 <= 100 }, "must be in [1, 100]").map { $0 / 100 }
        targetBurstCapacity = try r.double("target-burst-capacity", { $0 >= 0 || $0 == -1 }, "must be ≥ 0 or -1 (unlimited)")
        window = try r.duration(
            "window", wholeSeconds: true, { AutoscalerConfig.windowRange.contains($0) }, "must be in [6s, 1h]")
        panicWindowPercentage = try r.double("panic-window-percentage", { (1...100).contains($0) }, "must be in [1, 100]")
        panicThresholdPercentage = try r.double(
            "panic-threshold-percentage", { (110...1000).contains($0) }, "must be in [110, 1000]")
        let legacyMinScale = try r.int("minScale", { $0 >= 0 }, "must be at least 0")
        minScale = try r.int("min-scale", { $0 >= 0 }, "must be at least 0") ?? legacyMinScale
        let limit = config.maxScaleLimit
        let maxRule = limit > 0 ? "must be in [1, max-scale-limit (\(limit))]" : "must be at least 0"
        let maxValid: (Int) -> Bool = { limit > 0 ? ($0 >= 1 && $0 <= limit) : $0 >= 0 }
        let legacyMaxScale = try r.int("maxScale", maxValid, maxRule)
        maxScale = try r.int("max-scale", maxValid, maxRule) ?? legacyMaxScale
        let allowZero = config.allowZeroInitialScale
        initialScale = try r.int(
            "initial-scale", { $0 > 0 || ($0 == 0 && allowZero) },
            "must be at least 1 (or 0 when allow-zero-initial-scale is true)")
        scaleDownDelay = try r.duration(
            "scale-down-delay", wholeSeconds: true, { $0 >= 0 && $0 <= 3600 }, "must be in [0s, 1h]")
        scaleToZeroPodRetentionPeriod = try r.duration(
            "scale-to-zero-pod-retention-period", { $0 >= 0 && $0 <= 3600 }, "must be in [0s, 1h]")
        aggregation = try r.enum("metric-aggregation-algorithm", AggregationAlgorithm.self)
        activationScale = try r.int("activation-scale", { $0 >= 1 }, "must be at least 1")
    }
}

/// The `config-autoscaler` ConfigMap, parsed and validated with Knative's defaults and ranges.
struct AutoscalerConfig {
    static let targetMin = 0.01
    /// Utilization applied to the rps target (not settable in the ConfigMap).
    static let defaultTargetUtilization = 0.7
    static let windowRange = 6.0...3600.0

    var enableScaleToZero = true
    var allowZeroInitialScale = false
    var maxScaleUpRate = 1000.0
    var maxScaleDownRate = 2.0
    var containerConcurrencyTargetFraction = 0.7
    var containerConcurrencyTargetDefault = 100.0
    var rpsTargetDefault = 200.0
    var targetBurstCapacity = 211.0
    var panicWindowPercentage = 10.0
    var panicThresholdPercentage = 200.0
    var activatorCapacity = 100.0
    var initialScale = 1
    var minScale = 0
    var maxScale = 0
    var maxScaleLimit = 0
    var stableWindow = 60.0
    var scaleDownDelay = 0.0
    var scaleToZeroGracePeriod = 30.0
    var scaleToZeroPodRetentionPeriod = 0.0

    init(_ data: [String: String]) throws(AutoscalerSpecError) {
        let r = ConfigValueReader(values: data, keyPrefix: "")
        enableScaleToZero = try r.bool("enable-scale-to-zero") ?? enableScaleToZero
        allowZeroInitialScale = try r.bool("allow-zero-initial-scale") ?? allowZeroInitialScale
        maxScaleUpRate = try r.double("max-scale-up-rate", { $0 > 1 }, "must be greater than 1") ?? maxScaleUpRate
        maxScaleDownRate = try r.double("max-scale-down-rate", { $0 > 1 }, "must be greater than 1") ?? maxScaleDownRate
        if var fraction = try r.double(
            "container-concurrency-target-percentage", { $0 > 0 && $0 <= 100 }, "must be in (0, 100]")
        {
            // Knative accepts legacy fractions in (0, 1]; larger values are percentages.
            if fraction > 1 { fraction /= 100 }
            containerConcurrencyTargetFraction = fraction
        }
        containerConcurrencyTargetDefault = try r.double("container-concurrency-target-default") ?? containerConcurrencyTargetDefault
        if containerConcurrencyTargetDefault * containerConcurrencyTargetFraction < Self.targetMin {
            throw AutoscalerSpecError(
                key: "container-concurrency-target-default", value: r.string("container-concurrency-target-default") ?? "100",
                reason: "with container-concurrency-target-percentage yields a target below \(Self.targetMin)")
        }
        rpsTargetDefault = try r.double("requests-per-second-target-default", { $0 >= Self.targetMin }, "must be at least 0.01") ?? rpsTargetDefault
        targetBurstCapacity = try r.double("target-burst-capacity", { $0 >= 0 || $0 == -1 }, "must be ≥ 0 or -1 (unlimited)") ?? targetBurstCapacity
        panicWindowPercentage = try r.double("panic-window-percentage", { (1...100).contains($0) }, "must be in [1, 100]") ?? panicWindowPercentage
        panicThresholdPercentage = try r.double("panic-threshold-percentage", { (110...1000).contains($0) }, "must be in [110, 1000]") ?? panicThresholdPercentage
        activatorCapacity = try r.double("activator-capacity", { $0 >= 1 }, "must be at least 1") ?? activatorCapacity
        maxScaleLimit = try r.int("max-scale-limit", { $0 >= 0 }, "must be at least 0") ?? maxScaleLimit
        let maxLimit = maxScaleLimit
        let minMax = maxLimit > 0 ? 1 : 0
        let maxRule = "must be in [\(minMax), max-scale-limit (\(maxLimit))]"
        maxScale = try r.int("max-scale", { $0 >= minMax && (maxLimit == 0 || $0 <= maxLimit) }, maxRule) ?? maxScale
        if maxScale < minMax {
            // Knative requires a default max-scale whenever max-scale-limit is set.
            throw AutoscalerSpecError(key: "max-scale", value: String(maxScale), reason: maxRule)
        }
        minScale = try r.int("min-scale", { $0 >= 0 }, "must be at least 0") ?? minScale
        let allowZero = allowZeroInitialScale
        initialScale = try r.int(
            "initial-scale", { $0 > 0 || ($0 == 0 && allowZero) },
            "must be at least 1 (or 0 when allow-zero-initial-scale is true)") ?? initialScale
        stableWindow = try r.duration(
            "stable-window", wholeSeconds: true, { Self.windowRange.contains($0) }, "must be in [6s, 1h]") ?? stableWindow
        scaleDownDelay = try r.duration("scale-down-delay", wholeSeconds: true, { $0 >= 0 }, "cannot be negative") ?? scaleDownDelay
        scaleToZeroGracePeriod = try r.duration("scale-to-zero-grace-period", { $0 > 0 }, "must be positive") ?? scaleToZeroGracePeriod
        scaleToZeroPodRetentionPeriod = try r.duration(
            "scale-to-zero-pod-retention-period", { $0 >= 0 }, "cannot be negative") ?? scaleToZeroPodRetentionPeriod
    }
}

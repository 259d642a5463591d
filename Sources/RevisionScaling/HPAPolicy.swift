/// The `hpa` policy: the Kubernetes Horizontal Pod Autoscaler's algorithm (autoscaling/v2 default
/// behaviour) on a CPU-utilization-style metric, as a third point of comparison.
///
/// - Every 15 s (the controller manager's default sync period) it computes the usage ratio
///   r = utilization / target utilization, with utilization = panic-window concurrency per ready pod
///   / `totalValue` (a proxy for CPU use: busy request slots) and target utilization =
///   `targetValue / totalValue` (70 % by default). So r = panic / (ready × target).
/// - Within the 10 % tolerance (|r − 1| ≤ 0.1) the scale stays; otherwise the recommendation is
///   ceil(r × ready).
/// - Scale-up is limited per sync period to max(+4 pods, +100 %) (the default policies, `Max`);
///   scale-down takes the highest recommendation of the last 300 s (the default stabilization
///   window) and may then drop to it at once (100 % per period).
/// - It never scales to zero: at least max(1, min-scale) replicas, at most max-scale (0 = none).
///   With no ready pod there is no utilization: it keeps the current scale, at least one replica.
/// - The activator is in the path only while no pod is ready. EBC and the activator count are
///   reported as the KPA computes them; `inPanic` is always false.
/// Ignores the optional `DeciderInput` fields.
public struct HPAPolicy: ScalingPolicy {
    public static let syncPeriod = 15
    public static let tolerance = 0.1
    public static let downscaleStabilization = 300.0
    public static let scaleUpPods = 4

    public let spec: AutoscalerSpec
    private var current: Int
    private var recommendations: [(time: Double, value: Int)] = []

    public init(spec: AutoscalerSpec, initialReadyPods: Int) {
        self.spec = spec
        current = max(0, initialReadyPods)
    }

    public var tickSeconds: Int { Self.syncPeriod }

    public mutating func decide(_ input: DeciderInput) -> Decision {
        let lower = max(1, spec.minScale)
        let ready = max(0, input.readyPods)
        var recommendation = max(current, 1)
        if ready > 0 {
            let ratio = input.panicValue / (Double(ready) * spec.targetValue)
            if abs(ratio - 1) > Self.tolerance {
                recommendation = Int(clampingToInt32: (ratio * Double(ready)).rounded(.up))
            } else {
                recommendation = current
            }
        }
        recommendation = max(recommendation, lower)
        if spec.maxScale > 0 { recommendation = min(recommendation, spec.maxScale) }

        recommendations.removeAll { $0.time <= input.time - Self.downscaleStabilization }
        recommendations.append((input.time, recommendation))
        var next = recommendation
        if recommendation < current {
            next = min(current, recommendations.map(\.value).max() ?? recommendation)
        } else if current > 0 {
            next = min(recommendation, max(current + Self.scaleUpPods, 2 * current))
        }
        current = next
        return Decision(
            desiredScale: next,
            excessBurstCapacity: ExcessBurstCapacity.compute(readyPods: input.readyPods, panicValue: input.panicValue, spec: spec),
            inPanic: false, activatorCount: ActivatorCount.compute(readyPods: input.readyPods, spec: spec),
            targetScale: next, activatorInPath: input.readyPods <= 0)
    }
}

/// Knative's decider (`scaling/autoscaler.go`) step for step: desired pods from the stable and panic
/// observations, rate limits, activation-scale, panic mode with its ratchet, scale-down delay and
/// excess burst capacity. Bounds and scale to zero are applied by the caller, as in the KPA.
struct KPADecider: Sendable {
    struct Output: Sendable, Equatable {
        var desired: Int
        var excessBurstCapacity: Int
        var inPanic: Bool
    }

    /// The KPA's tick interval, also the scale-down-delay bucket size.
    static let tickInterval = 2

    let spec: AutoscalerSpec
    /// When panic was last entered or refreshed; nil when not panicking.
    private(set) var panicTime: Double?
    private var maxPanicPods: Int
    /// A decider created with more than one ready pod starts in panic at its first tick.
    private var startsInPanic: Bool
    private var delayWindow: MaxTimeWindow?

    init(spec: AutoscalerSpec, initialReadyPods: Int) {
        self.spec = spec
        startsInPanic = initialReadyPods > 1
        maxPanicPods = min(max(0, initialReadyPods), Int(Int32.max))  // Knative holds it as int32
        delayWindow = spec.scaleDownDelay > 0
            ? MaxTimeWindow(duration: spec.scaleDownDelay, granularity: Self.tickInterval) : nil
    }

    mutating func decide(_ input: DeciderInput) -> Output {
        let now = input.time
        if startsInPanic {
            panicTime = now
            startsInPanic = false
        }
        let readyActual = max(0, input.readyPods)
        let ready = Double(max(1, readyActual))
        let maxScaleUp = (spec.maxScaleUpRate * ready).rounded(.up)
        let maxScaleDown = spec.reachable ? (ready / spec.maxScaleDownRate).rounded(.down) : 0

        let dspc = (input.stableValue / spec.targetValue).rounded(.up)
        let dppc = (input.panicValue / spec.targetValue).rounded(.up)
        var stablePods = Int(clampingToInt32: min(max(dspc, maxScaleDown), maxScaleUp))
        var panicPods = Int(clampingToInt32: min(max(dppc, maxScaleDown), maxScaleUp))
        if spec.activationScale > 1 {
            if dspc > 0 && spec.activationScale > stablePods { stablePods = spec.activationScale }
            if dppc > 0 && spec.activationScale > panicPods { panicPods = spec.activationScale }
        }

        let overThreshold = dppc / ready >= spec.panicThreshold
        if overThreshold {
            panicTime = now
        } else if let since = panicTime, since + spec.stableWindow < now {
            panicTime = nil
            maxPanicPods = 0
        }

        var desired = stablePods
        if panicTime != nil {
            desired = max(desired, panicPods)
            maxPanicPods = max(maxPanicPods, desired)
            desired = maxPanicPods
        }

        if var window = delayWindow {
            window.record(time: now, value: desired)
            desired = window.current
            delayWindow = window
        }

        let ebc = ExcessBurstCapacity.compute(readyPods: readyActual, panicValue: input.panicValue, spec: spec)
        return Output(desired: desired, excessBurstCapacity: ebc, inPanic: panicTime != nil)
    }
}

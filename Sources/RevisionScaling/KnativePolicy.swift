/// The `knative` policy: the Knative Pod Autoscaler's decisions for the same inputs — the decider
/// (`KPADecider`), then min/max/initial-scale bounds, the activator count, and the scale-to-zero
/// state machine that decides what is applied to the deployment and whether the activator is in
/// the path. The optional `DeciderInput` extras are ignored.
///
/// A policy created with ready pods starts active (for long enough to deactivate); one created at
/// zero starts inactive with the activator in the path.
public struct KnativePolicy: ScalingPolicy {
    public let spec: AutoscalerSpec
    private var decider: KPADecider
    private var bounds: ScaleBounds
    private var scaleToZero: ScaleToZeroStateMachine

    public init(spec: AutoscalerSpec, initialReadyPods: Int) {
        self.spec = spec
        decider = KPADecider(spec: spec, initialReadyPods: initialReadyPods)
        bounds = ScaleBounds(spec: spec)
        let atZero = initialReadyPods <= 0
        scaleToZero = ScaleToZeroStateMachine(
            timing: ScaleToZeroTiming(spec: spec), activity: atZero ? .inactive : .active, since: -.infinity,
            activatorInPath: atZero)
    }

    public mutating func decide(_ input: DeciderInput) -> Decision {
        let output = decider.decide(input)
        let desired = bounds.apply(output.desired)
        let step = scaleToZero.step(
            time: input.time, desiredScale: desired, excessBurstCapacity: output.excessBurstCapacity,
            readyPods: input.readyPods, activeThreshold: bounds.activeThreshold,
            unlimitedBurstCapacity: spec.targetBurstCapacity == -1)
        bounds.observe(readyPods: input.readyPods)
        return Decision(
            desiredScale: desired, excessBurstCapacity: output.excessBurstCapacity, inPanic: output.inPanic,
            activatorCount: ActivatorCount.compute(readyPods: input.readyPods, spec: spec),
            targetScale: step.targetScale, activatorInPath: step.activatorInPath)
    }
}

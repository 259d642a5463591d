/// The `thaw` policy. Interim: until its own rules land it decides exactly like `KnativePolicy`.
public struct ThawPolicy: ScalingPolicy {
    private var base: KnativePolicy

    public init(spec: AutoscalerSpec, initialReadyPods: Int) {
        base = KnativePolicy(spec: spec, initialReadyPods: initialReadyPods)
    }

    public mutating func decide(_ input: DeciderInput) -> Decision { base.decide(input) }
}

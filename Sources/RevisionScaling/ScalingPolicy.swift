/// A revision scaling policy: a deterministic state machine fed one `DeciderInput` per tick.
///
/// Contract: the same spec, initial ready pods and input sequence always produce the same decisions;
/// no clock or random source is read inside. Inputs must come in non-decreasing `time`.
public protocol ScalingPolicy: Sendable {
    /// Consumes one tick and returns the decision for it.
    mutating func decide(_ input: DeciderInput) -> Decision
}

/// The policies Thaw ships: `knative` reproduces the Knative Pod Autoscaler, `thaw` is Thaw's own.
public enum PolicyName: String, CaseIterable, Sendable {
    case knative
    case thaw
}

/// Creates a policy as the KPA creates its decider: just before the first tick, seeing
/// `initialReadyPods` ready pods (more than one means it starts in panic, for `knative`).
public func makeScalingPolicy(_ name: PolicyName, spec: AutoscalerSpec, initialReadyPods: Int) -> any ScalingPolicy {
    switch name {
    case .knative: KnativePolicy(spec: spec, initialReadyPods: initialReadyPods)
    case .thaw: ThawPolicy(spec: spec, initialReadyPods: initialReadyPods)
    }
}

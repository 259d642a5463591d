/// A revision scaling policy: a deterministic state machine fed one `DeciderInput` per tick.
///
/// Contract: the same spec, initial ready pods and input sequence always produce the same decisions;
/// no clock or random source is read inside. Inputs must come in non-decreasing `time`.
public protocol ScalingPolicy: Sendable {
    /// Seconds between decisions (whole seconds ≥ 1): the KPA ticks every 2 s, the default.
    var tickSeconds: Int { get }

    /// Consumes one tick and returns the decision for it.
    mutating func decide(_ input: DeciderInput) -> Decision

    /// A tick on which the metric collector has no data (no pod scraped and no activator report in
    /// the stable window). `input` carries zero metric values. nil means no decision, as in the KPA
    /// ("no data → no decision"); that is the default.
    mutating func decideWithoutData(_ input: DeciderInput) -> Decision?
}

extension ScalingPolicy {
    public var tickSeconds: Int { KPADecider.tickInterval }

    public mutating func decideWithoutData(_ input: DeciderInput) -> Decision? { nil }
}

/// The policies Thaw ships: `knative` reproduces the Knative Pod Autoscaler, `thaw` is Thaw's own,
/// `hpa` is the Kubernetes Horizontal Pod Autoscaler's algorithm on a utilization metric.
public enum PolicyName: String, CaseIterable, Sendable {
    case knative
    case thaw
    case hpa
}

/// Creates a policy as the KPA creates its decider: just before the first tick, seeing
/// `initialReadyPods` ready pods (more than one means it starts in panic, for `knative`).
public func makeScalingPolicy(_ name: PolicyName, spec: AutoscalerSpec, initialReadyPods: Int) -> any ScalingPolicy {
    switch name {
    case .knative: KnativePolicy(spec: spec, initialReadyPods: initialReadyPods)
    case .thaw: ThawPolicy(spec: spec, initialReadyPods: initialReadyPods)
    case .hpa: HPAPolicy(spec: spec, initialReadyPods: initialReadyPods)
    }
}

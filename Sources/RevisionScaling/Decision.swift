/// The outcome of one decision tick.
///
/// `desiredScale`, `excessBurstCapacity`, `inPanic` and `activatorCount` are the decider's outputs
/// (what `thaw sim decide` prints). `desiredScale` already has min-scale, max-scale and initial-scale
/// applied (the KPA applies them right after the decider). `targetScale` and `activatorInPath` are the
/// result of also running the scale-to-zero state machine: what the deployment's replica count and the
/// serverless service's mode should be after this tick.
public struct Decision: Sendable, Equatable {
    /// Replicas the policy wants, bounds applied, before scale-to-zero gating. ≥ 0.
    public var desiredScale: Int
    /// Excess burst capacity: ≥ 0 means the ready pods can absorb the target burst; −1 for unlimited TBC.
    public var excessBurstCapacity: Int
    /// Whether the policy is in its panic (fast-reaction) mode.
    public var inPanic: Bool
    /// Number of activators that should hold this revision's endpoints (≥ 2 unless TBC is 0: then 2).
    public var activatorCount: Int
    /// Replicas to set on the deployment now; nil means "leave the current replica count unchanged"
    /// (the KPA does not apply a scale while it waits to deactivate or to scale to zero).
    public var targetScale: Int?
    /// Whether the activator should be in the request path (SKS "proxy" mode) rather than "serve".
    public var activatorInPath: Bool

    public init(
        desiredScale: Int, excessBurstCapacity: Int, inPanic: Bool, activatorCount: Int,
        targetScale: Int? = nil, activatorInPath: Bool = false
    ) {
        self.desiredScale = desiredScale
        self.excessBurstCapacity = excessBurstCapacity
        self.inPanic = inPanic
        self.activatorCount = activatorCount
        self.targetScale = targetScale
        self.activatorInPath = activatorInPath
    }
}

/// Min-scale, max-scale and initial-scale as the KPA's scaler applies them to the decider's output.
///
/// Until the revision first has `max(min-scale, initial-scale)` ready pods ("scale target
/// initialized"), an initial-scale above 1 raises the lower bound. min-scale is ignored for an
/// unreachable revision. max-scale 0 means unlimited.
public struct ScaleBounds: Sendable, Equatable {
    public private(set) var targetInitialized: Bool
    let minScale: Int
    let maxScale: Int
    let initialScale: Int

    public init(spec: AutoscalerSpec) {
        minScale = spec.reachable ? spec.minScale : 0
        maxScale = spec.maxScale
        initialScale = spec.initialScale
        targetInitialized = false
    }

    /// Ready pods needed for the revision to count as active (the KPA's `activeThreshold`).
    public var activeThreshold: Int {
        targetInitialized ? max(minScale, 1) : max(minScale, initialScale)
    }

    /// `desired` clamped to the current bounds.
    public func apply(_ desired: Int) -> Int {
        var lower = minScale
        if initialScale > 1 && !targetInitialized { lower = max(initialScale, lower) }
        if desired < lower { return lower }
        if maxScale != 0 && desired > maxScale { return maxScale }
        return desired
    }

    /// Records the ready count seen after a tick; the first time it reaches `activeThreshold` the
    /// initial scale stops applying.
    public mutating func observe(readyPods: Int) {
        if !targetInitialized && readyPods >= activeThreshold { targetInitialized = true }
    }
}

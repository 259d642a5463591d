/// The activity state of a revision as the KPA tracks it on its PodAutoscaler.
public enum RevisionActivity: String, Sendable, Equatable {
    /// Pods are wanted but fewer than the active threshold are ready (Active=Unknown).
    case activating
    /// Enough pods are ready (Active=True).
    case active
    /// No traffic: the activator is in the path and the revision may go to zero (Active=False).
    case inactive
}

/// Timing knobs of the scale-to-zero state machine, in seconds.
public struct ScaleToZeroTiming: Sendable, Equatable {
    public var enabled: Bool
    /// An active revision whose desired scale is 0 is marked inactive once it has been active this long.
    public var stableWindow: Double
    /// The activator must have been in the path this long before scaling to zero.
    public var gracePeriod: Double
    /// The revision must have been inactive this long before scaling to zero (0 = no extra wait).
    public var retentionPeriod: Double
    /// A revision stuck activating this long with desired 0 is scaled to zero.
    public var activationTimeout: Double

    public init(enabled: Bool, stableWindow: Double, gracePeriod: Double, retentionPeriod: Double, activationTimeout: Double) {
        self.enabled = enabled
        self.stableWindow = stableWindow
        self.gracePeriod = gracePeriod
        self.retentionPeriod = retentionPeriod
        self.activationTimeout = activationTimeout
    }

    /// The KPA's timing for a spec.
    public init(spec: AutoscalerSpec) {
        self.init(
            enabled: spec.enableScaleToZero, stableWindow: spec.stableWindow, gracePeriod: spec.scaleToZeroGracePeriod,
            retentionPeriod: spec.scaleToZeroPodRetentionPeriod, activationTimeout: spec.activationTimeout)
    }
}

/// What the scale-to-zero state machine concluded for one tick.
public struct ScaleToZeroStep: Sendable, Equatable {
    /// Replicas to set now; nil = leave the deployment as it is.
    public var targetScale: Int?
    /// Whether the activator is in the request path (SKS proxy mode) after this tick.
    public var activatorInPath: Bool
    public var activity: RevisionActivity
}

/// The KPA's scale-to-zero logic (`handleScaleToZero`, the SKS mode choice and
/// `computeActiveCondition`) as a pure state machine driven by explicit time.
///
/// active → (desired 0 while active ≥ stable window) inactive, activator put in the path →
/// (inactive ≥ max(grace, retention), or activator in the path ≥ grace once retention has passed)
/// zero. Desired > 0 is applied at once; with fewer ready pods than the threshold the revision is
/// activating, and scaled to zero if it stays activating past `activationTimeout` with desired 0.
public struct ScaleToZeroStateMachine: Sendable, Equatable {
    public let timing: ScaleToZeroTiming
    public private(set) var activity: RevisionActivity
    /// When `activity` last changed.
    public private(set) var activitySince: Double
    /// Since when the activator has been in the path; nil while serving directly.
    public private(set) var proxySince: Double?

    /// - Parameters:
    ///   - activity: the starting state; a revision that already has ready pods is usually `.active`,
    ///     one at zero `.inactive`.
    ///   - since: when that state began (use `-.infinity` for "long ago").
    ///   - activatorInPath: whether the activator starts in the path (typically when inactive).
    public init(timing: ScaleToZeroTiming, activity: RevisionActivity, since: Double, activatorInPath: Bool) {
        self.timing = timing
        self.activity = activity
        activitySince = since
        proxySince = activatorInPath ? since : nil
    }

    /// Advances one tick.
    /// - Parameters:
    ///   - desiredScale: the bounded desired scale of this tick.
    ///   - excessBurstCapacity: the decider's EBC (negative keeps the activator in the path).
    ///   - readyPods: pods ready now.
    ///   - activeThreshold: ready pods needed to count as active (≥ 1 unless min/initial scale is 0).
    ///   - unlimitedBurstCapacity: TBC = −1: the activator is always in the path.
    public mutating func step(
        time now: Double, desiredScale: Int, excessBurstCapacity: Int, readyPods: Int, activeThreshold: Int,
        unlimitedBurstCapacity: Bool = false
    ) -> ScaleToZeroStep {
        let (want, apply) = handleScaleToZero(now: now, desired: desiredScale, unlimited: unlimitedBurstCapacity)
        let proxy = want == 0 || excessBurstCapacity < 0 || (want < 0 && activity == .inactive)
        if proxy {
            if proxySince == nil { proxySince = now }
        } else {
            proxySince = nil
        }
        updateActivity(now: now, want: want, ready: readyPods, threshold: activeThreshold)
        return ScaleToZeroStep(targetScale: apply ? want : nil, activatorInPath: proxy, activity: activity)
    }

    /// Returns the scale (−1 = unknown) and whether to apply it.
    private func handleScaleToZero(now: Double, desired: Int, unlimited: Bool) -> (Int, Bool) {
        if desired != 0 { return (desired, true) }
        if !timing.enabled { return (1, true) }
        switch activity {
        case .activating:
            return now - activitySince > timing.activationTimeout ? (0, true) : (-1, false)
        case .active:
            return now - activitySince >= timing.stableWindow ? (0, false) : (1, true)
        case .inactive:
            guard unlimited || proxySince != nil else { return (0, false) }
            let inactiveFor = now - activitySince
            if inactiveFor >= max(timing.gracePeriod, timing.retentionPeriod) { return (0, true) }
            if timing.retentionPeriod > 0 && inactiveFor < timing.retentionPeriod { return (0, false) }
            let proxyFor = proxySince.map { now - $0 } ?? 0
            return timing.gracePeriod - proxyFor <= 0 ? (0, true) : (0, false)
        }
    }

    private mutating func updateActivity(now: Double, want: Int, ready: Int, threshold: Int) {
        let next: RevisionActivity
        if want == 0 || threshold == 0 {
            next = .inactive
        } else if ready < threshold {
            next = (want > 0 || activity != .inactive) ? .activating : .inactive
        } else {
            next = (want > 0 || activity != .inactive) ? .active : activity
        }
        if next != activity {
            activity = next
            activitySince = now
        }
    }
}

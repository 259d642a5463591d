/// The `thaw` policy: Thaw's own scaling rules behind the same interface as `KnativePolicy`.
///
/// Rules (see docs/revision-scaling.md for the reasoning):
/// - Sizing: `DemandEstimator` — load at the current arrival rate plus the activator backlog drained
///   over one cold start, instead of raw concurrency that counts the backlog as load.
/// - No binary panic and no panic-exit cliff: increases apply at once; decreases wait until the
///   need has stayed lower for a hold of 2 × cold start (6 s … stable window), then halve the
///   excess each tick. The stable-window average is not used for sizing.
/// - Pods being created count as capacity for the scale-up rate limit.
/// - Idle plan: one replica stays for a keep-alive after the last request, and may come back
///   ahead of the next predicted request (pre-warm). A cold start costs W·(1 + λ·L)·L
///   replica-seconds — every request arriving during the cold start L waits, one second waited
///   valued at W = `coldStartWaitWeight` replica-seconds, λ being the arrival rate while the
///   revision was busy. With fewer than 3 recorded idle periods the keep-alive equals that cost (the
///   ski-rental rule: never worse than twice the best choice in hindsight) and nothing is
///   pre-warmed; afterwards, at the start of every idle period, the plan (keep-alive and pre-warm
///   window) that minimises replica-seconds + cold-start cost over the revision's idle-time
///   histogram is chosen (`IdleTimeHistogram.cheapestPlan`). The keep-alive is never shorter than
///   4 s nor than scale-to-zero-pod-retention-period. Pre-warming needs ticks while the
///   revision has no pods and so no metric data: `decideWithoutData`.
/// - Tail guard: once more than 1 % (`tailShare`) of the revision's requests have arrived while it
///   had no ready replica (`ColdStartTally`) — its p99 is then a cold start, and on a sparse revision
///   every further cold start is in its tail — the idle plan stops trading cold starts for
///   replica-seconds: with fewer than 3 recorded idle periods it keeps the replica for the
///   histogram's range (1 h), or the cold-start cost if longer; afterwards it takes the cheapest
///   plan that misses none of the recorded idle periods, its pre-warm window widened by 20 %
///   (`prewarmMargin`) of its edges (`IdleTimeHistogram.coveringPlan`).
/// - Activator mode with hysteresis (`ActivatorModeHysteresis`).
/// - min/max/initial scale, activation-scale, scale-down-delay, EBC and the activator count as the
///   KPA computes them. The scale-to-zero grace period is replaced by the keep-alive.
/// Uses the optional `DeciderInput` fields `arrivals`, `activatorQueue`, `pendingPods` and
/// `observedColdStart`; without them it sizes on the panic value and assumes a 10 s cold start.
public struct ThawPolicy: ScalingPolicy {
    /// Smoothing of the busy arrival rate per busy tick.
    static let busyRateSmoothing = 0.3
    /// Idle periods needed before the histogram chooses the keep-alive.
    public static let minimumIdleSamples = 3
    /// Shortest keep-alive, seconds.
    public static let minimumKeepAlive = 4.0
    /// Thaw decides every second (the scraper's resolution) rather than every 2 s: a surge or an
    /// activation is acted on up to a second earlier.
    public var tickSeconds: Int { 1 }
    /// Replica-seconds one second of a request waiting for a cold start is worth.
    public static let coldStartWaitWeight = 10.0
    /// Share of requests that may wait for cold starts before the tail guard covers every idle period.
    public static let tailShare = 0.01
    /// Widening of a tail-guarded pre-warm window, as a share of its edges.
    public static let prewarmMargin = 0.2

    public let spec: AutoscalerSpec
    private var estimator: DemandEstimator
    private var recentNeed: RecentMaximum
    private var delayWindow: MaxTimeWindow?
    private var bounds: ScaleBounds
    private var mode: ActivatorModeHysteresis
    private var idleTimes = IdleTimeHistogram()
    private var tally = ColdStartTally()
    /// The plan for the current idle period (chosen when it starts).
    private var plan: IdlePlan?
    private var desired: Int
    private var lastActivity: Double?
    private var lastTime: Double?
    /// Arrival rate (requests/s) on ticks that had arrivals, smoothed.
    private var busyRate = 0.0
    private var idleSinceLastActivity = false
    private var seedPending: Bool

    public init(spec: AutoscalerSpec, initialReadyPods: Int) {
        self.spec = spec
        estimator = DemandEstimator(rateWindow: max(1, spec.panicWindow.rounded()))
        recentNeed = RecentMaximum(retention: spec.stableWindow)
        delayWindow = spec.scaleDownDelay > 0
            ? MaxTimeWindow(duration: spec.scaleDownDelay, granularity: KPADecider.tickInterval) : nil
        bounds = ScaleBounds(spec: spec)
        mode = ActivatorModeHysteresis(inPath: initialReadyPods <= 0)
        desired = min(max(0, initialReadyPods), Int(Int32.max))
        seedPending = initialReadyPods > 0
    }

    public mutating func decide(_ input: DeciderInput) -> Decision {
        let now = input.time
        if seedPending {
            // Existing pods count as recent need and as activity, so a restart does not drop them.
            recentNeed.record(time: now, value: desired)
            lastActivity = now
            seedPending = false
        }
        let coldStart = input.observedColdStart ?? DemandEstimator.defaultColdStart
        noteActivity(input, coldStart: coldStart)
        let capacity = max(1, Double(max(0, input.readyPods)) + Double(max(0, input.pendingPods)))
        let maxUp = Int(clampingToInt32: (spec.maxScaleUpRate * capacity).rounded(.up))
        var need = min(Int(clampingToInt32: (estimator.demand(input) / spec.targetValue).rounded(.up)), maxUp)
        if spec.activationScale > 1 && need > 0 { need = max(need, spec.activationScale) }
        recentNeed.record(time: now, value: need)

        desired = nextScale(need: need, now: now, coldStart: coldStart)
        var next = desired
        if var window = delayWindow {
            window.record(time: now, value: next)
            next = window.current
            delayWindow = window
        }

        let bounded = bounds.apply(next)
        bounds.observe(readyPods: input.readyPods)
        let ebc = ExcessBurstCapacity.compute(readyPods: input.readyPods, panicValue: input.panicValue, spec: spec)
        let inPath = mode.update(
            excessBurstCapacity: ebc, podCapacity: spec.totalValue,
            forceProxy: bounded == 0 || input.readyPods == 0 || spec.targetBurstCapacity == -1)
        return Decision(
            desiredScale: bounded, excessBurstCapacity: ebc,
            inPanic: need > 0 && Double(need) / capacity >= spec.panicThreshold,
            activatorCount: ActivatorCount.compute(readyPods: input.readyPods, spec: spec),
            targetScale: bounded, activatorInPath: inPath)
    }

    /// Decides only once the revision has seen traffic, so an idle plan can bring a replica back
    /// while the revision is at zero (no pods, so no metric data); before any traffic the revision
    /// stays as it is.
    public mutating func decideWithoutData(_ input: DeciderInput) -> Decision? {
        lastActivity == nil ? nil : decide(input)
    }

    /// Increases at once; decreases after the hold, halving the excess per tick; 1 while the
    /// keep-alive runs.
    private func nextScale(need: Int, now: Double, coldStart: Double) -> Int {
        var next: Int
        if need >= desired || !spec.reachable {
            next = need
        } else {
            let hold = min(spec.stableWindow, max(6, 2 * coldStart))
            let held = recentNeed.maximum(now: now, span: hold) ?? need
            next = max(held, desired - (desired - held + 1) / 2)
        }
        if next == 0 && wantsIdleReplica(now: now, coldStart: coldStart) { next = 1 }
        return next
    }

    /// Records the idle period that ends when traffic resumes, and the busy arrival rate; plans an
    /// idle period when it starts.
    private mutating func noteActivity(_ input: DeciderInput, coldStart: Double) {
        defer { lastTime = input.time }
        if let arrivals = input.arrivals { tally.record(arrivals: arrivals, readyPods: input.readyPods) }
        if let arrivals = input.arrivals, arrivals > 0, let last = lastTime, input.time > last {
            busyRate += Self.busyRateSmoothing * (Double(arrivals) / (input.time - last) - busyRate)
        }
        let active = input.activatorQueue > 0 || (input.arrivals.map { $0 > 0 } ?? (input.panicValue > 0))
        guard active else {
            if lastActivity != nil && !idleSinceLastActivity {
                idleSinceLastActivity = true
                plan = idlePlan(coldStart: coldStart)
            }
            return
        }
        if let last = lastActivity, idleSinceLastActivity { idleTimes.record(input.time - last) }
        lastActivity = input.time
        idleSinceLastActivity = false
        plan = nil
    }

    /// Whether one replica should stay (or come back) now; false once scale to zero is allowed.
    private func wantsIdleReplica(now: Double, coldStart: Double) -> Bool {
        guard spec.enableScaleToZero else { return true }
        guard let last = lastActivity else { return false }
        let current = plan ?? idlePlan(coldStart: coldStart)
        return current.wantsReplica(idle: now - last, coldStart: coldStart)
    }

    /// Replica-seconds one cold start is worth: W·(1 + λ·L)·L.
    func coldStartCost(coldStart: Double) -> Double {
        Self.coldStartWaitWeight * (1 + busyRate * coldStart) * coldStart
    }

    /// The idle plan for an idle period starting now: keep-alive only (the cost; under the tail
    /// guard at least the histogram's range) until enough idle periods are known, then the cheapest plan over
    /// the histogram (under the tail guard: the cheapest that covers every recorded idle period).
    func idlePlan(coldStart: Double) -> IdlePlan {
        let cost = coldStartCost(coldStart: coldStart)
        let guarded = tally.exceeds(share: Self.tailShare)
        var chosen: IdlePlan
        if idleTimes.total < Self.minimumIdleSamples {
            chosen = IdlePlan(keepAlive: guarded ? max(cost, idleTimes.rangeSeconds) : cost)
        } else if guarded {
            chosen = idleTimes.coveringPlan(coldStart: coldStart, minimum: Self.minimumKeepAlive, margin: Self.prewarmMargin)
        } else {
            chosen = idleTimes.cheapestPlan(coldStartCost: cost, coldStart: coldStart, minimum: Self.minimumKeepAlive)
        }
        chosen.keepAlive = max(chosen.keepAlive, Self.minimumKeepAlive, spec.scaleToZeroPodRetentionPeriod)
        return chosen
    }
}

extension IdleTimeHistogram {
    /// The cheapest idle plan that misses none of the recorded idle times it can cover, with its
    /// pre-warm window widened by `margin` of its edges — for a revision whose requests must not
    /// meet a cold start (the `thaw` policy's tail guard).
    ///
    /// It is `cheapestPlan` with a cold start priced above the replica-seconds of any plan over the
    /// recorded idle times (each costs at most a keep-alive plus a window's life: 2 × range + cold
    /// start), so the plan first misses as few of them as possible (only overflow ones), then spends
    /// the fewest replica-seconds. The window `[p, q]` then becomes `[p × (1 − margin),
    /// q × (1 + margin)]`, so the next idle time may fall somewhat outside the ones seen so far (a
    /// timer's jitter grows with its period); its start stays at least `coldStart` after the
    /// keep-alive. With no recorded idle time the plan is `minimum` with no pre-warm.
    ///
    /// - Parameter margin: share of the window's edges added on each side; clamped to [0, 1).
    public func coveringPlan(coldStart: Double?, minimum: Double, margin: Double) -> IdlePlan {
        let launch = max(0, coldStart ?? 0)
        let dearest = Double(total) * (2 * rangeSeconds + launch) + 1
        var plan = cheapestPlan(coldStartCost: dearest, coldStart: coldStart, minimum: minimum)
        guard let window = plan.prewarm else { return plan }
        let m = margin.isFinite ? min(max(margin, 0), 0.99) : 0
        let start = max(window.lowerBound * (1 - m), plan.keepAlive + launch)
        plan.prewarm = start...max(start, window.upperBound * (1 + m))
        return plan
    }
}

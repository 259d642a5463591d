extension IdleTimeHistogram {
    /// Most distinct occupied bins the pre-warm search considers (it is quadratic in them); beyond
    /// this only keep-alives are considered.
    static let prewarmSearchLimit = 4096

    /// The idle plan with the lowest total cost over the recorded idle times, in replica-seconds:
    ///
    /// - a gap covered by the keep-alive `k` costs its length;
    /// - any other gap costs `k`, plus — when a pre-warm window `[p, q]` is planned — the time the
    ///   pre-warmed replica exists (launched at `p − coldStart`: until the gap ends if it ends
    ///   inside the window, else `q − p + coldStart`), plus `coldStartCost` unless it ends inside
    ///   the window (that request meets a cold start).
    ///
    /// Gaps count at their bin's upper edge for the keep-alive and must lie wholly inside a window,
    /// so a plan always covers the gaps it is chosen for. Overflow gaps are never covered. Candidate
    /// keep-alives are `minimum` and the bin edges above it; windows run from an occupied bin's
    /// lower edge to an occupied bin's upper edge and start at least `coldStart` after the
    /// keep-alive ends. `coldStart` nil (or `prewarmSearchLimit` exceeded) plans keep-alives only.
    /// Ties go to the shorter keep-alive and to no pre-warm. With no recorded idle time the plan is
    /// `minimum` with no pre-warm.
    public func cheapestPlan(coldStartCost: Double, coldStart: Double?, minimum: Double) -> IdlePlan {
        guard total > 0 else { return IdlePlan(keepAlive: minimum) }
        let c = max(0, coldStartCost)
        // Occupied bins: lower and upper edges, counts; prefix sums of counts and count × upper edge.
        var lower: [Double] = []
        var upper: [Double] = []
        var prefixCount: [Double] = [0]
        var prefixLength: [Double] = [0]
        for (bin, count) in counts.enumerated() where count > 0 {
            let n = Double(count)
            lower.append(Double(bin) * binSeconds)
            upper.append(Double(bin + 1) * binSeconds)
            prefixCount.append(prefixCount[prefixCount.count - 1] + n)
            prefixLength.append(prefixLength[prefixLength.count - 1] + n * Double(bin + 1) * binSeconds)
        }
        let all = Double(total)
        let m = lower.count

        // best[i]: cost of the cheapest window starting at bin i's lower edge, for the gaps in
        // bins ≥ i and overflow, plus c × (gaps below i); suffix minimum over i with its argument.
        var suffixBest = [(cost: Double, window: ClosedRange<Double>)?](repeating: nil, count: m + 1)
        if let launch = coldStart, m <= Self.prewarmSearchLimit {
            for i in stride(from: m - 1, through: 0, by: -1) {
                let p = lower[i]
                var best: (cost: Double, window: ClosedRange<Double>)?
                for j in i..<m {
                    let q = upper[j]
                    let inside = prefixCount[j + 1] - prefixCount[i]
                    let after = all - prefixCount[j + 1]
                    let cost = (prefixLength[j + 1] - prefixLength[i]) + inside * (launch - p)
                        + after * (q - p + launch + c)
                    if best.map({ cost < $0.cost }) ?? true { best = (cost, p...q) }
                }
                if let best {
                    let withBelow = (best.cost + c * prefixCount[i], best.window)
                    if let next = suffixBest[i + 1], next.cost <= withBelow.0 {
                        suffixBest[i] = next
                    } else {
                        suffixBest[i] = withBelow
                    }
                }
            }
        }

        var candidates = [minimum]
        candidates += upper.filter { $0 > minimum }
        var plan = IdlePlan(keepAlive: minimum)
        var planCost = Double.infinity
        var covered = 0  // occupied bins with upper edge ≤ k
        var firstWindow = 0  // first bin whose lower edge is ≥ k + coldStart
        for k in candidates {
            while covered < m && upper[covered] <= k { covered += 1 }
            let keepCost = prefixLength[covered] + (all - prefixCount[covered]) * k
            let cold = all - prefixCount[covered]
            let noWindow = keepCost + c * cold
            if noWindow < planCost {
                planCost = noWindow
                plan = IdlePlan(keepAlive: k)
            }
            guard let launch = coldStart else { continue }
            while firstWindow < m && lower[firstWindow] < k + launch { firstWindow += 1 }
            if firstWindow < m, let window = suffixBest[firstWindow] {
                let withWindow = keepCost + window.cost - c * prefixCount[covered]
                if withWindow < planCost {
                    planCost = withWindow
                    plan = IdlePlan(keepAlive: k, prewarm: window.window)
                }
            }
        }
        return plan
    }
}

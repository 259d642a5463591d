import RevisionScaling

/// The autoscaler loop: every second the scraper samples the ready pods' queue-proxy stats and the
/// activator reports what it holds (both through `RevisionScaling`'s scraper and collector); every
/// `tickSeconds` (2 s for the KPA) the policy decides and the decision is applied to the replicas and the activator mode.
extension ScalingModel {
    mutating func scrapeAndTick(second: Int) {
        let secondStart = now - SimTime.nanosecondsPerSecond
        scrape(since: secondStart)
        if recorder.recordsSeries && now <= duration { recordSeriesRow(second: second, since: secondStart) }
        if second % max(1, policy.tickSeconds) == 0 { tick() }
        recorder.advanceIntegrals(to: now)
        if now >= duration && inSystem.value == 0 {
            queue.halt()
            return
        }
        queue.schedule(.second(Int32(second + 1)), after: .seconds(1))
    }

    private mutating func scrape(since secondStart: Int64) {
        let time = queue.now.seconds
        var stats: [PodStat] = []
        stats.reserveCapacity(ready.count)
        for id in ready.ids {
            let replica = Int(id)
            let concurrency = replicas[replica].present.takeAverage(since: secondStart, now: now)
            let proxied = replicas[replica].proxied.takeAverage(since: secondStart, now: now)
            stats.append(
                PodStat(
                    age: Double(now - replicas[replica].readyAt) / 1e9, concurrency: concurrency,
                    proxiedConcurrency: proxied, requestCount: Double(replicas[replica].arrivals),
                    proxiedRequestCount: Double(replicas[replica].proxiedArrivals)))
            replicas[replica].arrivals = 0
            replicas[replica].proxiedArrivals = 0
        }
        if let stat = scraper.scrape(stats, using: &samplingRNG) { collector.record(time: time, stat) }
        // The activator reports only revisions it saw traffic for in the last second.
        let activatorConcurrency = activatorPresent.takeAverage(since: secondStart, now: now)
        if activatorArrivals > 0 || activatorConcurrency > 0 {
            collector.recordActivator(time: time, concurrency: activatorConcurrency, requestCount: Double(activatorArrivals))
        }
        activatorArrivals = 0
    }

    /// A request reached a revision with no pods: the activator reports at once and the
    /// autoscaler decides immediately instead of waiting for the next tick.
    mutating func poke() {
        pokePending = false
        guard ready.isEmpty && launching == 0 else { return }
        collector.recordActivator(time: queue.now.seconds, concurrency: Double(activatorPresent.value), requestCount: 1)
        tick()
    }

    /// One decision: `decide` on metric data, else `decideWithoutData` (nil for the KPA: no decision).
    private mutating func tick() {
        let observation = collector.observation(at: queue.now.seconds)
        let input = DeciderInput(
            time: queue.now.seconds, readyPods: ready.count, stableValue: observation?.stable ?? 0,
            panicValue: observation?.panic ?? 0, pendingPods: launching, activatorQueue: Double(waitingInActivator),
            arrivals: arrivalsSinceTick, observedColdStart: lastColdStartSeconds)
        arrivalsSinceTick = 0
        let made = observation == nil ? policy.decideWithoutData(input) : policy.decide(input)
        guard let decision = made else { return }
        if decision.inPanic && !recorder.inPanic { recorder.panicEpisodes += 1 }
        recorder.inPanic = decision.inPanic
        activatorInPath = decision.activatorInPath
        activatorCount = decision.activatorCount
        lastDecision = decision
        if let target = decision.targetScale { scale(to: target) }
    }

    private mutating func recordSeriesRow(second: Int, since secondStart: Int64) {
        let concurrency = inSystem.takeAverage(since: secondStart, now: now)
        var latencies = recorder.secondLatencies
        latencies.sort()
        recorder.secondLatencies.removeAll(keepingCapacity: true)
        recorder.series.append(
            TimeSeriesRow(
                second: second - 1, arrivals: secondArrivals(from: secondStart),
                concurrency: concurrency, activatorQueue: waitingInActivator,
                launching: launching, pulling: pulling, ready: ready.count, terminating: terminating,
                desired: lastDecision?.desiredScale, panic: recorder.inPanic,
                proxyMode: activatorInPath || ready.isEmpty,
                latencyP50: Percentile.of(sorted: latencies, 0.50),
                latencyP95: Percentile.of(sorted: latencies, 0.95),
                latencyP99: Percentile.of(sorted: latencies, 0.99)))
    }

    /// Requests that arrived in `[secondStart, now)` (the arrival column is ascending).
    private func secondArrivals(from secondStart: Int64) -> Int {
        var count = 0
        var index = requests.count - 1
        while index >= 0 && requests.arrival[index] >= now { index -= 1 }
        while index >= 0 && requests.arrival[index] >= secondStart {
            if requests.state[index] != .scheduled { count += 1 }
            index -= 1
        }
        return count
    }
}

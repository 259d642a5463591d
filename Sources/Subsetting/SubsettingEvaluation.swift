/// Scores one algorithm on one scenario: balance and spread of a fresh assignment, the time to
/// compute it (median and fastest of `timingRuns`, measured with the injected clock), then for each event
/// the churn against the minimum and the balance after the event, each run given the fresh
/// assignment as its previous subsets.
public enum SubsettingEvaluation {
    /// - Throws: `SubsettingInputError` when the scenario cannot be generated.
    public static func run<C: Clock>(
        _ algorithm: any SubsettingAlgorithm, on scenario: SubsettingScenario,
        events: [SubsettingEvent] = SubsettingEvent.allCases, timingRuns: Int = 3, clock: C
    ) throws(SubsettingInputError) -> SubsettingReport where C.Duration == Duration {
        let input = try scenario.makeInput()
        var durations: [Duration] = []
        var base = SubsettingOutput(assignments: [:])
        for _ in 0..<max(1, timingRuns) {
            let start = clock.now
            base = algorithm.assign(input)
            durations.append(start.duration(to: clock.now))
        }
        durations.sort()
        let median = durations[durations.count / 2]
        var outcomes: [SubsettingEventReport] = []
        for event in events {
            let (activators, lost) = event.apply(to: input.activators)
            let after = try SubsettingInput(activators: activators, revisions: input.revisions).withPrevious(base.assignments)
            let output = algorithm.assign(after)
            let minimum = event.minimumChurn(previous: base, lost: lost, after: after)
            outcomes.append(SubsettingEventReport(
                event: event,
                churn: ChurnScore(before: base, after: output, minimum: minimum),
                balance: BalanceScore(input: after, output: output)))
        }
        return SubsettingReport(
            algorithm: algorithm.name, scenario: scenario,
            balance: BalanceScore(input: input, output: base), spread: SpreadScore(input: input, output: base),
            seconds: median.seconds, fastestSeconds: durations[0].seconds, events: outcomes)
    }
}

/// One algorithm's scores on one scenario (see `SubsettingEvaluation`).
public struct SubsettingReport: Sendable, Hashable {
    public var algorithm: String
    public var scenario: SubsettingScenario
    public var balance: BalanceScore
    public var spread: SpreadScore
    /// Median wall time of one full assignment, in seconds.
    public var seconds: Double
    /// The fastest of the timed runs, in seconds: the best estimate on a busy machine.
    public var fastestSeconds: Double
    public var events: [SubsettingEventReport]

    public func event(_ kind: SubsettingEvent) -> SubsettingEventReport? { events.first { $0.event == kind } }
}

/// What one event did to an assignment: churn against the minimum and balance afterwards.
public struct SubsettingEventReport: Sendable, Hashable {
    public var event: SubsettingEvent
    public var churn: ChurnScore
    public var balance: BalanceScore
}

extension Duration {
    /// The duration in seconds as a floating-point number.
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }
}

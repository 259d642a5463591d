import RevisionScaling
import ScalingSimulator

/// One scenario run once per policy, with per-second series, for the web page and data endpoint.
struct ComparisonRun: Sendable {
    var scenario: Scenario
    var runs: [(policy: PolicyName, result: SimulationResult)]

    /// Most simulated seconds a web request may ask for (keeps one request's work bounded).
    static let maximumDuration = 24.0 * 3600

    /// Runs `base` with `parameters` for each requested policy.
    /// - Throws: `ScenarioError` or `AutoscalerSpecError` for an invalid scenario or override, and
    ///   `RunParameters.Invalid` for a duration beyond `maximumDuration`.
    init(_ base: WebScenario, _ parameters: RunParameters) throws {
        var runs: [(policy: PolicyName, result: SimulationResult)] = []
        var last: Scenario?
        for policy in parameters.policies {
            let overrides = base.overrides + parameters.overrides + [("policy", policy.rawValue)]
            let loader = base.loadFile
            let scenario = try ScenarioReader.read(yaml: base.yaml, file: base.file, overrides: overrides, loadFile: { try loader($0) })
            guard scenario.durationSeconds <= Self.maximumDuration else {
                throw RunParameters.Invalid(
                    parameter: "duration", value: parameters.duration ?? String(scenario.durationSeconds),
                    reason: "at most 24h in the web view")
            }
            runs.append((policy, try Simulation.run(scenario, options: SimulationOptions(timeSeries: true))))
            last = scenario
        }
        scenario = last ?? Scenario()
        self.runs = runs
    }
}

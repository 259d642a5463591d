import ArgumentParser
import Foundation
import RevisionScaling
import ScalingSimulator

/// `thaw sim [run]`: simulates a scenario with the real decider and prints a summary (JSON or a
/// table), the per-second CSV, or the movement trace; optionally comparing policies and sweeping a
/// key. The same scenario and seed always print the same bytes.
struct SimRun: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Simulate traffic, activator and replicas driving the revision autoscaler.",
        discussion: """
            The scenario is YAML (see scenarios/README.md): name, duration, seed, policy, traffic, workload, \
            cluster, autoscaler (config-autoscaler keys) and annotations. Flags override it; --set and --sweep \
            take dotted keys such as traffic.rps, cluster.warm_node_share, autoscaler.stable-window or \
            annotations.autoscaling.knative.dev/target.
            """)

    @Option(help: "Scenario YAML file (defaults apply without one).")
    var scenario: String?

    @Option(help: "Scaling policy: knative|thaw (overrides the scenario).")
    var policy: String?

    @Option(help: "Random seed (overrides the scenario).")
    var seed: UInt64?

    @Option(help: "Simulated duration, e.g. 10m or 600 (overrides the scenario).")
    var duration: String?

    @Option(name: .customLong("set"), help: "Override a scenario key: --set traffic.rps=50 (repeatable).")
    var settings: [String] = []

    @Option(help: "Output: json (summary), csv (per-second series) or table.")
    var format: String = "json"

    @Flag(help: "Print the movement log instead of the summary.")
    var trace = false

    @Option(help: "Run several policies side by side, e.g. knative,thaw.")
    var compare: String?

    @Option(help: "Run once per value of a key: --sweep cluster.warm_node_share=0,0.5,1.")
    var sweep: String?

    mutating func run() throws {
        print(try output(), terminator: "")
    }

    func output() throws -> String {
        let file = scenario ?? "<defaults>"
        let text = try scenario.map(SimFiles.read) ?? ""
        var overrides: [(key: String, value: String)] = []
        if let seed { overrides.append(("seed", String(seed))) }
        if let duration { overrides.append(("duration", duration)) }
        if let policy { overrides.append(("policy", policy)) }
        for setting in settings { overrides.append(try Self.keyValue(setting, flag: "--set")) }

        let policies: [String?] = try compare.map(Self.policyList) ?? [nil]
        var sweepKey: String?
        var sweepValues: [String?] = [nil]
        if let sweep {
            let (key, values) = try Self.keyValue(sweep, flag: "--sweep")
            sweepKey = key
            sweepValues = values.split(separator: ",").map { String($0) }
            guard !sweepValues.isEmpty else { throw ValidationError("--sweep \(sweep): give at least one value after '='") }
        }
        let options = SimulationOptions(timeSeries: format == "csv", trace: trace)
        guard ["json", "csv", "table"].contains(format) else {
            throw ValidationError("--format \(format): must be json, csv or table")
        }

        var runs: [LabeledRun] = []
        for value in sweepValues {
            for policyName in policies {
                var runOverrides = overrides
                if let sweepKey, let value { runOverrides.append((sweepKey, value)) }
                if let policyName { runOverrides.append(("policy", policyName)) }
                let scenario = try ScenarioReader.read(yaml: text, file: file, overrides: runOverrides, loadFile: SimFiles.read)
                let result = try Simulation.run(scenario, options: options)
                runs.append(LabeledRun(sweepValue: value, policy: scenario.policy.rawValue, result: result))
            }
        }
        let comparing = compare != nil
        if trace { return ReportFormatter.trace(runs, sweepKey: sweepKey, comparing: comparing) }
        switch format {
        case "csv": return ReportFormatter.csv(runs, sweepKey: sweepKey, comparing: comparing)
        case "table": return ReportFormatter.table(runs, sweepKey: sweepKey, comparing: comparing || sweepKey == nil)
        default: return ReportFormatter.json(runs, sweepKey: sweepKey, comparing: comparing)
        }
    }

    static func keyValue(_ text: String, flag: String) throws -> (key: String, value: String) {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
            throw ValidationError("\(flag) \(text): expected key=value")
        }
        return (String(text[..<equals]), String(text[text.index(after: equals)...]))
    }

    static func policyList(_ text: String) throws -> [String?] {
        let names = text.split(separator: ",").map(String.init)
        for name in names where PolicyName(rawValue: name) == nil {
            throw ValidationError("--compare \(text): unknown policy '\(name)' (known: \(PolicyName.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        guard !names.isEmpty else { throw ValidationError("--compare: give at least one policy") }
        return names
    }
}

/// Reading scenario and trace files for the simulator.
enum SimFiles {
    struct ReadError: Error, CustomStringConvertible {
        var description: String
    }

    static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else { throw ReadError(description: "\(path): cannot read file") }
        guard let text = String(data: data, encoding: .utf8) else { throw ReadError(description: "\(path): not UTF-8 text") }
        return text
    }
}

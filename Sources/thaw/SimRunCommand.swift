import ArgumentParser
import Foundation
import Logging
import RevisionScaling
import ScalingSimulator
import ScalingSimulatorWeb

/// `thaw sim [run]`: simulates a scenario with the real decider and prints a summary (JSON or a
/// table), the per-second CSV, or the movement trace; optionally comparing policies and sweeping a
/// key. The same scenario and seed always print the same bytes. With `--serve`, serves a web view
/// of the compared policies instead (`SimulatorWebServer`).
struct SimRun: AsyncParsableCommand {
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

    @Option(help: "Scaling policy: knative|thaw|hpa (overrides the scenario).")
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

    @Flag(help: "Serve a web view (HTML charts and JSON at /api/run) of the compared policies instead of printing.")
    var serve = false

    @Option(help: "Port for --serve on 127.0.0.1 (0 picks a free one).")
    var port: Int = 8080

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port \(port): must be in [0, 65535]") }
        if serve && (trace || sweep != nil || format != "json") {
            throw ValidationError("--serve: --trace, --sweep and --format do not apply to the web view")
        }
    }

    mutating func run() async throws {
        if serve {
            try await serveWeb()
        } else {
            print(try output(), terminator: "")
        }
    }

    /// Validates the scenario once, then serves it until interrupted.
    func serveWeb() async throws {
        let file = scenario ?? "<defaults>"
        let text = try scenario.map(SimFiles.read) ?? ""
        var overrides: [(key: String, value: String)] = []
        if let seed { overrides.append(("seed", String(seed))) }
        if let duration { overrides.append(("duration", duration)) }
        for setting in settings { overrides.append(try Self.keyValue(setting, flag: "--set")) }
        let names: [String]
        if let compare {
            names = try Self.policyList(compare).compactMap { $0 }
        } else {
            names = policy.map { [$0] } ?? PolicyName.allCases.map(\.rawValue)
        }
        var policies: [PolicyName] = []
        for name in names {
            guard let known = PolicyName(rawValue: name) else {
                throw ValidationError("--policy \(name): must be one of \(PolicyName.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            policies.append(known)
        }
        _ = try ScenarioReader.read(yaml: text, file: file, overrides: overrides, loadFile: SimFiles.read)
        let web = WebScenario(yaml: text, file: file, overrides: overrides, policies: policies, loadFile: { try SimFiles.read($0) })
        let server = SimulatorWebServer(scenario: web, port: port, logger: Logger(label: "thaw.sim.serve")) { bound in
            FileHandle.standardOutput.write(Data("serving http://127.0.0.1:\(bound)/ (JSON: /api/run); Ctrl-C stops\n".utf8))
        }
        try await server.run()
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

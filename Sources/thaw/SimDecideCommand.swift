import ArgumentParser
import Foundation
import RevisionScaling

/// `thaw sim decide`: runs only the revision decider over a CSV of ticks and prints its decisions.
struct SimDecide: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide",
        abstract: "Run only the scaling decider over recorded ticks.",
        discussion: """
            --config is YAML: config-autoscaler keys with ConfigMap string values ("stable-window": "60s"), \
            containerConcurrency, reachable (default true) and annotations (autoscaling.knative.dev/...). \
            --input is CSV with header time_s,ready_pods,stable,panic (whole seconds, one row per tick). \
            Output is CSV time_s,desired,ebc,panic,activators, one row per input row.
            """)

    @Option(help: "YAML decider configuration.")
    var config: String

    @Option(help: "CSV of ticks: time_s,ready_pods,stable,panic.")
    var input: String

    @Option(help: "Scaling policy: \(PolicyName.allCases.map(\.rawValue).joined(separator: "|")).")
    var policy: String = PolicyName.knative.rawValue

    mutating func run() throws {
        print(try Self.output(configPath: config, inputPath: input, policyName: policy), terminator: "")
    }

    /// The whole command minus printing: reads both files and returns the output CSV.
    static func output(configPath: String, inputPath: String, policyName: String) throws -> String {
        guard let policy = PolicyName(rawValue: policyName) else {
            throw ValidationError(
                "--policy \(policyName): must be one of \(PolicyName.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let spec = try DeciderConfigFile.load(yaml: try readFile(configPath), file: configPath)
        let inputs: [DeciderInput]
        do {
            inputs = try DeciderTrace.parseInput(try readFile(inputPath))
        } catch let error as DeciderTraceError {
            throw DeciderConfigError(description: "\(inputPath): \(error)")
        }
        return DeciderTrace.formatOutput(inputs: inputs, decisions: DeciderTrace.run(policy, spec: spec, inputs: inputs))
    }

    private static func readFile(_ path: String) throws(DeciderConfigError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DeciderConfigError(description: "\(path): cannot read file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DeciderConfigError(description: "\(path): not UTF-8 text")
        }
        return text
    }
}

import ArgumentParser
import Foundation
import Subsetting

/// `thaw subsetting assign`: reads activators, revisions and optionally the previous
/// assignments, prints `{"assignments": {...}}`; warns on stderr about single-activator subsets.
struct SubsettingAssignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign",
        abstract: "Assign each revision a subset of activators and print it as JSON.")

    @Option(name: .long, help: "Activators file: [{\"id\", \"ip\", \"node\", \"zone\", \"ready\"}, …].")
    var activators: String

    @Option(name: .long, help: "Revisions file: [{\"key\": \"namespace/revision\", \"size\": 3, \"load\": 1.0}, …].")
    var revisions: String

    @Option(name: .long, help: "Previous assignments file: {\"assignments\": {\"namespace/revision\": [\"act-1\", …]}}.")
    var previous: String?

    @Option(name: .long, help: "Algorithm name (default: \(SubsettingRegistry.defaultAlgorithmName)).")
    var algorithm: String = SubsettingRegistry.defaultAlgorithmName

    func run() throws {
        let chosen = try SubsettingCommand.registry().algorithm(named: algorithm)
        let pool = try SubsettingFiles.readActivators(activators)
        var demands = try SubsettingFiles.readRevisions(revisions)
        if let previous {
            let assignments = try SubsettingFiles.readAssignments(previous)
            demands = demands.map { demand in
                var updated = demand
                updated.previous = assignments[demand.key] ?? []
                return updated
            }
        }
        let input: SubsettingInput
        do {
            input = try SubsettingInput(activators: pool, revisions: demands)
        } catch {
            let file = error.message.hasPrefix("activators") ? activators : revisions
            throw SubsettingFileError(file: file, problem: error.message)
        }
        let output = chosen.assign(input)
        if input.readyActivators.isEmpty && !input.revisions.isEmpty {
            printWarning("no ready activators: every subset is empty")
        }
        for key in output.withoutHighAvailability {
            printWarning("revision \(key) has a single activator: no high availability")
        }
        print(SubsettingFiles.render(output))
    }

    private func printWarning(_ message: String) {
        FileHandle.standardError.write(Data("warning: \(message)\n".utf8))
    }
}

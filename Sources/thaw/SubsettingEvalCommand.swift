import ArgumentParser
import Subsetting

/// `thaw subsetting eval`: scores algorithms on generated clusters (every combination of the
/// given activator counts, revision counts and subset sizes) and prints a table or JSON.
struct SubsettingEvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score subsetting algorithms: balance, spread, churn per event against the minimum, time.")

    @Option(name: .long, help: "Algorithm to score (default: every registered algorithm).")
    var algorithm: String?

    @Option(name: .long, help: "Output format: table or json.")
    var format: SubsettingEvalFormat = .table

    @Option(name: .long, help: "Activator counts M, comma-separated.")
    var activators: String = "10,30,100,500"

    @Option(name: .long, help: "Revision counts R, comma-separated.")
    var revisions: String = "200,5000"

    @Option(name: .long, help: "Subset sizes N, comma-separated.")
    var sizes: String = "2,3,8"

    @Option(name: .long, help: "Zones the activators are spread over.")
    var zones: Int = 3

    @Option(name: .long, help: "Revision loads: unit or skewed.")
    var loads: SubsettingLoadModel = .unit

    @Option(name: .long, help: "Timed runs per fresh assignment (the median is reported).")
    var timingRuns: Int = 3

    func run() throws {
        let registry = try SubsettingCommand.registry()
        let algorithms = try algorithm.map { [try registry.algorithm(named: $0)] } ?? registry.algorithms
        let ms = try counts(activators, option: "--activators")
        let rs = try counts(revisions, option: "--revisions")
        let ns = try counts(sizes, option: "--sizes")
        guard zones >= 0 else { throw ValidationError("--zones: must be ≥ 0, got \(zones)") }
        guard timingRuns >= 1 else { throw ValidationError("--timing-runs: must be ≥ 1, got \(timingRuns)") }
        var reports: [SubsettingReport] = []
        for m in ms {
            for r in rs {
                for n in ns {
                    let scenario = SubsettingScenario(activators: m, revisions: r, size: n, zones: zones, loads: loads)
                    for chosen in algorithms {
                        reports.append(try SubsettingEvaluation.run(
                            chosen, on: scenario, timingRuns: timingRuns, clock: ContinuousClock()))
                    }
                }
            }
        }
        print(format.render(reports))
    }

    private func counts(_ list: String, option: String) throws -> [Int] {
        let parts = list.split(separator: ",", omittingEmptySubsequences: false)
        return try parts.map { part in
            guard let value = Int(part.trimmingCharacters(in: " ")), value >= 0 else {
                throw ValidationError("\(option): expected comma-separated counts ≥ 0, got \"\(part)\"")
            }
            return value
        }
    }
}

extension SubsettingLoadModel: ExpressibleByArgument {}

private extension Substring {
    func trimmingCharacters(in character: Character) -> Substring {
        var text = self
        while text.first == character { text = text.dropFirst() }
        while text.last == character { text = text.dropLast() }
        return text
    }
}

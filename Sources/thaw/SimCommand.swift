import ArgumentParser

/// `thaw sim`: the scaling simulator and its tools.
struct Sim: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sim",
        abstract: "Scaling simulator and decider replay.",
        subcommands: [SimDecide.self]
    )
}

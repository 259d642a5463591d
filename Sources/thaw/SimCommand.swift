import ArgumentParser

/// `thaw sim`: the scaling simulator (`thaw sim --scenario FILE …`, the default subcommand `run`)
/// and the decider replay (`thaw sim decide`).
struct Sim: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sim",
        abstract: "Scaling simulator and decider replay.",
        subcommands: [SimRun.self, SimDecide.self],
        defaultSubcommand: SimRun.self
    )
}

import ArgumentParser

/// The one Thaw executable: every tool is a subcommand.
@main
struct Thaw: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "thaw",
        abstract: "Kubernetes controllers that take the cold out of serverless cold starts.",
        version: "0.1.0",
        subcommands: [
            SubsettingCommand.self,
            Sim.self,
            ApiserverCommand.self,
            DevCommand.self,
            ManagerCommand.self,
            CRDsCommand.self,
        ]
    )
}

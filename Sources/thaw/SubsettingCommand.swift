import ArgumentParser
import Subsetting
import SubsettingExample

/// `thaw subsetting`: run a subsetting algorithm on files, or score the algorithms.
struct SubsettingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "subsetting",
        abstract: "Choose each revision's subset of activators, or score the subsetting algorithms.",
        subcommands: [SubsettingAssignCommand.self, SubsettingEvalCommand.self]
    )

    /// Every algorithm `--algorithm` can name: the built-in ones and the example plugin's.
    static func registry() throws -> SubsettingRegistry {
        var registry = SubsettingRegistry.builtIn
        try SubsettingExample.register(into: &registry)
        return registry
    }
}

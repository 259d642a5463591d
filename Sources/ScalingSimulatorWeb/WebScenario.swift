import RevisionScaling
import ScalingSimulator

/// The scenario a `SimulatorWebServer` runs: the YAML text, its file name (for messages and for
/// resolving trace files), overrides applied to every run (the command line's flags) and the
/// policies compared by default.
public struct WebScenario: Sendable {
    public var yaml: String
    public var file: String
    public var overrides: [(key: String, value: String)]
    public var policies: [PolicyName]
    /// Reads trace files the scenario names; throws with a message naming the path.
    public var loadFile: @Sendable (String) throws -> String

    public init(
        yaml: String, file: String, overrides: [(key: String, value: String)] = [],
        policies: [PolicyName] = PolicyName.allCases, loadFile: @escaping @Sendable (String) throws -> String
    ) {
        self.yaml = yaml
        self.file = file
        self.overrides = overrides
        self.policies = policies
        self.loadFile = loadFile
    }
}

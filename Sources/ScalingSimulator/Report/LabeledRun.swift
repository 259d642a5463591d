/// One run of a comparison or sweep, with what distinguishes it from its siblings.
public struct LabeledRun: Sendable {
    /// The swept key's value, when sweeping.
    public var sweepValue: String?
    public var policy: String
    public var result: SimulationResult

    public init(sweepValue: String?, policy: String, result: SimulationResult) {
        self.sweepValue = sweepValue
        self.policy = policy
        self.result = result
    }
}

/// The outcome of one run.
public struct SimulationResult: Sendable {
    public var summary: SimulationSummary
    public var timeSeries: [TimeSeriesRow]
    public var trace: [Movement]
}

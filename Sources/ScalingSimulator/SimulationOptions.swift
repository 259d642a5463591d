/// What a run should record besides the summary.
public struct SimulationOptions: Sendable {
    /// Keep the per-second time series.
    public var timeSeries = false
    /// Keep every movement (large: several lines per request).
    public var trace = false

    public init(timeSeries: Bool = false, trace: Bool = false) {
        self.timeSeries = timeSeries
        self.trace = trace
    }
}

/// One second of a run (`thaw sim --format csv`): traffic, replicas by stage, the decision in force
/// and the latencies of requests completed in that second.
public struct TimeSeriesRow: Sendable, Equatable {
    /// The row covers `[second, second + 1)`.
    public var second: Int
    public var arrivals: Int
    /// Average requests in the system (activator + queues + processing) over the second.
    public var concurrency: Double
    /// Requests waiting in the activator at the end of the second.
    public var activatorQueue: Int
    /// Replicas launching (scheduling, pulling, starting, probing), of which pulling the image.
    public var launching: Int
    public var pulling: Int
    public var ready: Int
    public var terminating: Int
    /// The last decision's desired scale (nil before the first decision).
    public var desired: Int?
    public var panic: Bool
    /// Whether the activator was in the request path (SKS proxy mode) at the end of the second.
    public var proxyMode: Bool
    /// Latency percentiles (seconds) of requests completed during the second; nil if none.
    public var latencyP50: Double?
    public var latencyP95: Double?
    public var latencyP99: Double?

    public static let csvHeader =
        "time_s,rps,concurrency,activator_queue,replicas_launching,replicas_pulling,replicas_ready,replicas_terminating,desired,panic,mode,latency_p50_ms,latency_p95_ms,latency_p99_ms"

    public var csvLine: String {
        func ms(_ seconds: Double?) -> String { seconds.map { NumberFormat.fixed($0 * 1000, digits: 1) } ?? "" }
        return [
            String(second), String(arrivals), NumberFormat.fixed(concurrency, digits: 3), String(activatorQueue),
            String(launching), String(pulling), String(ready), String(terminating),
            desired.map(String.init) ?? "", panic ? "1" : "0", proxyMode ? "proxy" : "serve",
            ms(latencyP50), ms(latencyP95), ms(latencyP99),
        ].joined(separator: ",")
    }
}

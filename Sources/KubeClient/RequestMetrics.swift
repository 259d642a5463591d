import Metrics

/// The client's request metrics, named as client-go names them:
/// `rest_client_requests_total{code,method,host}` and
/// `rest_client_request_duration_seconds{verb,host}`. Transport failures count with code `<error>`.
struct RequestMetrics: Sendable {
    let factory: any MetricsFactory
    let host: String

    func record(method: String, code: String, duration: Duration) {
        Counter(label: "rest_client_requests_total",
                dimensions: [("code", code), ("method", method), ("host", host)], factory: factory).increment()
        Timer(label: "rest_client_request_duration_seconds",
              dimensions: [("verb", method), ("host", host)], factory: factory).recordNanoseconds(
            duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000)
    }
}

import Metrics

/// The work queue's metrics, named as client-go/controller-runtime name them so existing
/// dashboards work: `workqueue_depth`, `workqueue_adds_total`, `workqueue_queue_duration_seconds`,
/// `workqueue_work_duration_seconds`, `workqueue_unfinished_work_seconds`,
/// `workqueue_longest_running_processor_seconds`, `workqueue_retries_total`, each with dimension
/// `name` (the queue's, usually the controller's name). Reported through swift-metrics, so they go
/// to whatever backend was bootstrapped (none: no cost beyond the no-op handlers).
public struct WorkQueueMetrics: Sendable {
    let depth: Gauge
    let adds: Counter
    let queueDuration: Metrics.Timer
    let workDuration: Metrics.Timer
    let unfinishedWork: Gauge
    let longestRunning: Gauge
    let retries: Counter

    public init(name: String) {
        let dimensions = [("name", name)]
        depth = Gauge(label: "workqueue_depth", dimensions: dimensions)
        adds = Counter(label: "workqueue_adds_total", dimensions: dimensions)
        queueDuration = Metrics.Timer(label: "workqueue_queue_duration_seconds", dimensions: dimensions, preferredDisplayUnit: .seconds)
        workDuration = Metrics.Timer(label: "workqueue_work_duration_seconds", dimensions: dimensions, preferredDisplayUnit: .seconds)
        unfinishedWork = Gauge(label: "workqueue_unfinished_work_seconds", dimensions: dimensions)
        longestRunning = Gauge(label: "workqueue_longest_running_processor_seconds", dimensions: dimensions)
        retries = Counter(label: "workqueue_retries_total", dimensions: dimensions)
    }

    // Recording entry points for `WorkQueue`'s inlinable operations (which cannot name the
    // metric types' methods without importing CoreMetrics into every client).

    @usableFromInline
    func recordAdded() { adds.increment() }

    @usableFromInline
    func recordDepth(_ value: Int) { depth.record(value) }

    @usableFromInline
    func recordQueued(for waited: Duration) { queueDuration.recordDuration(waited) }

    @usableFromInline
    func recordWorked(for worked: Duration) { workDuration.recordDuration(worked) }
}

extension Metrics.Timer {
    func recordDuration(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        recordNanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}

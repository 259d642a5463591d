import Metrics

/// A controller's metrics under controller-runtime's names: `controller_runtime_reconcile_total`
/// (dimensions `controller`, `result` ∈ success, error, requeue, requeue_after),
/// `controller_runtime_reconcile_errors_total`, `controller_runtime_terminal_reconcile_errors_total`,
/// `controller_runtime_reconcile_time_seconds`, `controller_runtime_active_workers`,
/// `controller_runtime_max_concurrent_reconciles` and (Thaw's own) `controller_runtime_reconcile_conflicts_total`
/// (reconciles that ended in a 409 Conflict and were requeued).
struct ControllerMetrics: Sendable {
    let name: String
    let errors: Counter
    let terminalErrors: Counter
    let conflicts: Counter
    let time: Metrics.Timer
    let activeWorkers: Gauge
    let maxConcurrent: Gauge

    init(name: String) {
        self.name = name
        let dimensions = [("controller", name)]
        errors = Counter(label: "controller_runtime_reconcile_errors_total", dimensions: dimensions)
        terminalErrors = Counter(label: "controller_runtime_terminal_reconcile_errors_total", dimensions: dimensions)
        conflicts = Counter(label: "controller_runtime_reconcile_conflicts_total", dimensions: dimensions)
        time = Metrics.Timer(label: "controller_runtime_reconcile_time_seconds", dimensions: dimensions, preferredDisplayUnit: .seconds)
        activeWorkers = Gauge(label: "controller_runtime_active_workers", dimensions: dimensions)
        maxConcurrent = Gauge(label: "controller_runtime_max_concurrent_reconciles", dimensions: dimensions)
    }

    func countResult(_ result: String) {
        Counter(label: "controller_runtime_reconcile_total", dimensions: [("controller", name), ("result", result)]).increment()
    }
}

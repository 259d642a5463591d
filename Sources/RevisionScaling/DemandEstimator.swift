/// Thaw's estimate of the concurrency a revision needs, separating steady load from backlog.
///
/// The KPA sizes the revision on observed concurrency, which includes requests queued in the
/// activator while pods start; with slow starts that backlog makes it ask for far more pods than the
/// load needs (knative/serving#13284). Thaw learns the mean service time S by Little's law
/// (S = panic concurrency / arrival rate) once the whole panic window has been free of backlog
/// (the panic average remembers a drained queue for a window), then sizes on
/// λ·S (the load at the current arrival rate) plus the backlog drained within half a cold start
/// (queue · S / (coldStart / 2)), so it is gone well before pods started later could help. On a
/// rising arrival rate it adds the growth expected over one cold start (at most doubling the load
/// term), so pods started now match the load when they are ready. Until S is known it assumes
/// S = 1 s (slower than most HTTP services) but, once a replica is ready, never asks for more than
/// the observed panic concurrency, the KPA's figure. While no replica is ready that cap does not
/// apply: the panic average then only holds a queue that is still filling (most of its window is
/// empty), and capping by it delays the pods that must drain the first cold start's backlog.
struct DemandEstimator: Sendable {
    /// Smoothing of the service-time estimate per observation.
    static let serviceTimeSmoothing = 0.3
    /// Cold-start time assumed before one is observed.
    static let defaultColdStart = 10.0
    /// Service time assumed before one is learned, seconds.
    static let priorServiceTime = 1.0

    private let rateWindow: Double
    /// Arrivals per tick with the span `(since, time]` they cover.
    private var arrivalLog: [(since: Double, time: Double, count: Int)] = []
    private var lastTime: Double?
    /// Last tick at which requests were waiting in the activator.
    private var lastBacklog: Double?
    private var lastRate: Double?
    /// Smoothed growth of the arrival rate, requests/s per second.
    private var rateTrend = 0.0
    private(set) var serviceTime: Double?

    /// - Parameter rateWindow: seconds over which arrivals are averaged to pair with the panic value.
    init(rateWindow: Double) {
        self.rateWindow = max(2, rateWindow)
    }

    /// Concurrency to provision for at this tick.
    mutating func demand(_ input: DeciderInput) -> Double {
        defer { lastTime = input.time }
        let queue = max(0, input.activatorQueue)
        guard let arrivals = input.arrivals else { return input.panicValue }
        let interval = lastTime.map { max(input.time - $0, 0) } ?? 0
        arrivalLog.append((lastTime ?? input.time - 2, input.time, max(0, arrivals)))
        arrivalLog.removeAll { $0.time <= input.time - rateWindow }
        if queue > 0 { lastBacklog = input.time }
        let clean = lastBacklog.map { input.time - $0 >= rateWindow } ?? true
        if clean { learnServiceTime(input) }
        guard interval > 0 else { return input.panicValue }
        let currentRate = Double(max(0, arrivals)) / interval
        if let previous = lastRate {
            rateTrend += 0.5 * ((currentRate - previous) / interval - rateTrend)
        }
        lastRate = currentRate
        let s = serviceTime ?? Self.priorServiceTime
        let coldStart = max(2, input.observedColdStart ?? Self.defaultColdStart)
        // A panic average that still holds backlog says nothing about the load.
        let served = clean ? input.panicValue : 0
        let load = max(served, currentRate * s)
        let growth = min(max(0, rateTrend) * coldStart * s, load)
        let estimate = load + growth + queue * s / max(2, coldStart / 2)
        return serviceTime == nil && input.readyPods > 0 ? min(estimate, input.panicValue) : estimate
    }

    private mutating func learnServiceTime(_ input: DeciderInput) {
        guard input.readyPods > 0, let first = arrivalLog.first, input.panicValue > 0 else { return }
        let span = input.time - first.since
        let count = arrivalLog.reduce(0) { $0 + $1.count }
        guard count > 0, span > 0 else { return }
        let sample = input.panicValue / (Double(count) / span)
        serviceTime = serviceTime.map { $0 + Self.serviceTimeSmoothing * (sample - $0) } ?? sample
    }
}

import DequeModule

/// Where a replica is in its life: created → scheduling → (pulling-image) → starting → probing →
/// ready → terminating → terminated. A replica removed while launching goes straight to terminated.
enum ReplicaStage: UInt8 {
    case scheduling, pullingImage, starting, probing, ready, terminating, terminated

    var stock: Stock {
        switch self {
        case .scheduling: .scheduling
        case .pullingImage: .pullingImage
        case .starting: .starting
        case .probing: .probing
        case .ready: .ready
        case .terminating: .terminating
        case .terminated: .terminated
        }
    }

    var isLaunching: Bool { self.rawValue < ReplicaStage.ready.rawValue }
}

/// One replica (pod) with its queue-proxy: processing slots, a FIFO queue, and the per-second
/// counters the scraper reads.
struct Replica {
    var stage = ReplicaStage.scheduling
    let createdAt: Int64
    var readyAt = Int64.max
    var node = -1
    /// Requests being processed.
    var processing = 0
    /// Requests waiting in the queue-proxy (only when containerConcurrency > 0).
    var queue = Deque<Int32>()
    /// Requests in the queue-proxy (queued + processing), as queue-proxy averages them per second.
    var present: TimeWeightedCount
    /// Of `present`, those the activator proxied (the autoscaler subtracts them: the activator
    /// reports them itself).
    var proxied: TimeWeightedCount
    /// Requests received since the last scrape, and how many of them came through the activator.
    var arrivals = 0
    var proxiedArrivals = 0
    /// Position in the model's ready list and available list, or -1.
    var readyIndex = -1
    var availableIndex = -1

    init(createdAt: Int64) {
        self.createdAt = createdAt
        present = TimeWeightedCount(at: createdAt)
        proxied = TimeWeightedCount(at: createdAt)
    }
}

/// A place where entities (requests or replicas) sit between movements, after Skenario's stocks.
///
/// Request stocks: `trafficSource` only gives, `completed` and `failed` only take; the others both.
/// Replica stocks: `replicaSource` only gives, `terminated` only takes. Every entity is in exactly one
/// stock at any time, so the counts in a `StockLedger` always sum to the number of entities created.
public enum Stock: Int, CaseIterable, Sendable {
    case trafficSource
    case activatorBuffer
    case replicaQueue
    case processing
    case completed
    case failed
    case replicaSource
    case scheduling
    case pullingImage
    case starting
    case probing
    case ready
    case terminating
    case terminated

    /// The stock's name in traces.
    public var name: String {
        switch self {
        case .trafficSource: "traffic-source"
        case .activatorBuffer: "activator-buffer"
        case .replicaQueue: "replica-queue"
        case .processing: "processing"
        case .completed: "completed"
        case .failed: "failed"
        case .replicaSource: "replica-source"
        case .scheduling: "scheduling"
        case .pullingImage: "pulling-image"
        case .starting: "starting"
        case .probing: "probing"
        case .ready: "ready"
        case .terminating: "terminating"
        case .terminated: "terminated"
        }
    }
}

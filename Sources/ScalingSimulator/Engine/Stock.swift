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

/// One entity moving from one stock to another at a simulated time (a line of `thaw sim --trace`).
public struct Movement: Sendable, Equatable {
    /// Which kind of entity moved.
    public enum Entity: Sendable, Equatable {
        case request(Int)
        case replica(Int)
    }

    public var time: SimTime
    public var entity: Entity
    public var from: Stock
    public var to: Stock
    /// A short note: the replica a request went to, a failure reason, the node a replica landed on.
    public var note: String

    public init(time: SimTime, entity: Entity, from: Stock, to: Stock, note: String = "") {
        self.time = time
        self.entity = entity
        self.from = from
        self.to = to
        self.note = note
    }

    /// `12.000250000 request#17 activator-buffer -> processing replica#3`
    public var traceLine: String {
        let who: String
        switch entity {
        case .request(let id): who = "request#\(id)"
        case .replica(let id): who = "replica#\(id)"
        }
        return note.isEmpty
            ? "\(time) \(who) \(from.name) -> \(to.name)"
            : "\(time) \(who) \(from.name) -> \(to.name) \(note)"
    }
}

/// Counts of entities per stock, plus (when enabled) the log of every movement.
///
/// Guarantees: `move` keeps the total over all stocks constant; a source stock's count goes
/// negative by the number of entities it has given (so `count(.trafficSource)` is −requests).
public struct StockLedger: Sendable {
    private var counts = [Int](repeating: 0, count: Stock.allCases.count)
    /// Every movement in order, when the ledger was created with `recordingTrace: true`.
    public private(set) var trace: [Movement] = []
    public let isRecordingTrace: Bool

    public init(recordingTrace: Bool) { isRecordingTrace = recordingTrace }

    /// Entities currently in `stock`.
    public func count(_ stock: Stock) -> Int { counts[stock.rawValue] }

    /// Moves one entity; `note` is only evaluated when the trace is being recorded.
    public mutating func move(
        _ entity: Movement.Entity, from: Stock, to: Stock, at time: SimTime, note: @autoclosure () -> String = ""
    ) {
        counts[from.rawValue] -= 1
        counts[to.rawValue] += 1
        if isRecordingTrace {
            trace.append(Movement(time: time, entity: entity, from: from, to: to, note: note()))
        }
    }
}

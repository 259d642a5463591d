/// What can happen in the scaling model; the payload is a request, replica, slot or second index.
enum ModelEvent {
    /// Generate the arrivals of traffic slot n.
    case trafficSlot(Int32)
    /// Request n arrives at the revision.
    case arrival(Int32)
    /// Request n finishes processing on its replica.
    case completion(Int32)
    /// Request n has waited in the activator for the request timeout.
    case activatorTimeout(Int32)
    /// Replica n finishes its current launch stage.
    case replicaStep(Int32)
    /// Whole second n: the scraper reads the pods and activator; on even seconds the decider ticks.
    case second(Int32)
    /// The activator saw a request for a revision with no pods: immediate report and decider tick.
    case poke
}

/// Where a request is now.
enum RequestState: UInt8 {
    case scheduled, waitingInActivator, queuedAtReplica, processing, completed, failed
}

/// Why a request failed.
public enum FailureReason: String, Sendable, CaseIterable {
    /// The activators' queues were full when it arrived.
    case activatorFull = "activator_full"
    /// It waited in the activator longer than the request timeout.
    case timeout
    /// The queue-proxy queue (10 × containerConcurrency) of the replica it was sent to was full.
    case replicaQueueFull = "replica_queue_full"
    /// It had not finished when the run halted (the drain limit after the traffic ended).
    case unfinished
}

/// Per-request data, stored column-wise (millions of requests per run).
struct RequestTable {
    var arrival: [Int64] = []
    var state: [RequestState] = []
    var replica: [Int32] = []
    var proxied: [Bool] = []

    var count: Int { arrival.count }

    mutating func append(arrival time: Int64) -> Int32 {
        arrival.append(time)
        state.append(.scheduled)
        replica.append(-1)
        proxied.append(false)
        return Int32(arrival.count - 1)
    }
}

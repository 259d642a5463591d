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

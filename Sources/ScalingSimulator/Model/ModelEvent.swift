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

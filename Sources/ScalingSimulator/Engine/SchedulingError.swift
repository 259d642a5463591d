/// Why the event queue refused to schedule an event.
public enum SchedulingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The event's time is earlier than the current simulated time.
    case inThePast(scheduled: SimTime, now: SimTime)

    public var description: String {
        switch self {
        case .inThePast(let scheduled, let now):
            "cannot schedule an event at \(scheduled) s: the simulation is already at \(now) s"
        }
    }
}

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

import KubeAPI

/// An event an informer delivers to a controller's handlers and predicates.
public enum ResourceEvent<Object: KubeObject>: Sendable {
    case added(Object)
    case updated(old: Object, new: Object)
    case deleted(Object)

    /// The event for a cache change.
    public init(_ delta: StoreDelta<Object>) {
        switch delta {
        case .added(let object): self = .added(object)
        case .updated(let old, let new): self = .updated(old: old, new: new)
        case .deleted(let object): self = .deleted(object)
        }
    }

    /// The object as it is now (for a deletion, its last known state).
    public var object: Object {
        switch self {
        case .added(let object), .deleted(let object), .updated(_, let object): object
        }
    }
}

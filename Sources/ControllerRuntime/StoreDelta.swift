import KubeAPI

/// A change the cache applied: what event handlers receive.
public enum StoreDelta<Object: KubeObject>: Sendable {
    case added(Object)
    case updated(old: Object, new: Object)
    case deleted(Object)

    /// The object as it is now (for a deletion, its last known state).
    public var object: Object {
        switch self {
        case .added(let object), .deleted(let object), .updated(_, let object): object
        }
    }
}

import KubeAPI

/// What a read-modify-write decides to do with the current object (see `ObjectStore.mutate`).
public enum StoreMutation: Sendable {
    /// Write nothing.
    case keep
    /// Replace the object with this value.
    case replace(JSONValue)
    /// Delete the object; the DELETED event carries `finalState` (or the current object when nil).
    case delete(finalState: JSONValue?)
}

/// The outcome of `ObjectStore.mutate`: the object as it is now (for a deletion, its final state
/// stamped with the deletion's version) and the change written, `nil` when nothing was written.
public struct MutationResult: Sendable {
    public var object: StoredObject
    public var change: StoreEventType?
}

/// The kind of change a watch event reports, spelled as in the Kubernetes watch protocol.
public enum StoreEventType: String, Sendable {
    case added = "ADDED"
    case modified = "MODIFIED"
    case deleted = "DELETED"
}

/// One committed change. `object.resourceVersion` is the change's global resource version; for
/// `deleted` the object is the last state before deletion, stamped with the deletion's version.
public struct StoreEvent: Sendable {
    public var type: StoreEventType
    public var resource: ResourceID
    public var key: ObjectKey
    public var object: StoredObject

    public init(type: StoreEventType, resource: ResourceID, key: ObjectKey, object: StoredObject) {
        self.type = type
        self.resource = resource
        self.key = key
        self.object = object
    }
}

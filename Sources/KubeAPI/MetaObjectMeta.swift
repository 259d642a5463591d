import Foundation

/// `metav1.ObjectMeta`: the metadata every persisted object carries. Unmodelled members are kept.
public struct ObjectMeta: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    /// Metadata with a name and, for namespaced objects, a namespace.
    public init(name: String?, namespace: String? = nil) {
        self.init()
        self.name = name
        self.namespace = namespace
    }

    public var name: String? { get { self[field: "name"] } set { self[field: "name"] = newValue } }
    public var generateName: String? { get { self[field: "generateName"] } set { self[field: "generateName"] = newValue } }
    public var namespace: String? { get { self[field: "namespace"] } set { self[field: "namespace"] = newValue } }
    public var uid: String? { get { self[field: "uid"] } set { self[field: "uid"] = newValue } }
    public var resourceVersion: String? { get { self[field: "resourceVersion"] } set { self[field: "resourceVersion"] = newValue } }
    public var generation: Int64? { get { self[field: "generation"] } set { self[field: "generation"] = newValue } }
    public var selfLink: String? { get { self[field: "selfLink"] } set { self[field: "selfLink"] = newValue } }
    public var creationTimestamp: Date? { get { self[time: "creationTimestamp"] } set { self[time: "creationTimestamp"] = newValue } }
    public var deletionTimestamp: Date? { get { self[time: "deletionTimestamp"] } set { self[time: "deletionTimestamp"] = newValue } }
    public var deletionGracePeriodSeconds: Int64? { get { self[field: "deletionGracePeriodSeconds"] } set { self[field: "deletionGracePeriodSeconds"] = newValue } }
    public var labels: [String: String] { get { self[map: "labels"] } set { self[map: "labels"] = newValue } }
    public var annotations: [String: String] { get { self[map: "annotations"] } set { self[map: "annotations"] = newValue } }
    public var ownerReferences: [OwnerReference] { get { self[list: "ownerReferences"] } set { self[list: "ownerReferences"] = newValue } }
    public var finalizers: [String] { get { self[list: "finalizers"] } set { self[list: "finalizers"] = newValue } }
    public var managedFields: [ManagedFieldsEntry] { get { self[list: "managedFields"] } set { self[list: "managedFields"] = newValue } }

    /// The cache key `namespace/name`, or `name` for cluster-scoped objects (as client-go's
    /// `MetaNamespaceKeyFunc`).
    public var key: String {
        guard let namespace, !namespace.isEmpty else { return name ?? "" }
        return "\(namespace)/\(name ?? "")"
    }

    /// Whether a deletion has been requested (the object lingers while finalizers remain).
    public var isBeingDeleted: Bool { json["deletionTimestamp"] != nil && json["deletionTimestamp"] != .null }
}

/// `metav1.ManagedFieldsEntry`: one field manager's ownership record (server-side apply).
public struct ManagedFieldsEntry: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var manager: String? { get { self[field: "manager"] } set { self[field: "manager"] = newValue } }
    /// `Apply` or `Update`.
    public var operation: String? { get { self[field: "operation"] } set { self[field: "operation"] = newValue } }
    public var apiVersion: String? { get { self[field: "apiVersion"] } set { self[field: "apiVersion"] = newValue } }
    public var time: Date? { get { self[time: "time"] } set { self[time: "time"] = newValue } }
    /// Always `FieldsV1` today.
    public var fieldsType: String? { get { self[field: "fieldsType"] } set { self[field: "fieldsType"] = newValue } }
    /// The field set, in the `f:`/`k:`/`v:` trie encoding.
    public var fieldsV1: JSONValue? { get { self[field: "fieldsV1"] } set { self[field: "fieldsV1"] = newValue } }
    public var subresource: String? { get { self[field: "subresource"] } set { self[field: "subresource"] = newValue } }
}

/// `metav1.ListMeta`: the metadata of a list response.
public struct ListMeta: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var resourceVersion: String? { get { self[field: "resourceVersion"] } set { self[field: "resourceVersion"] = newValue } }
    /// The token for the next page when `limit` cut the list.
    public var `continue`: String? { get { self[field: "continue"] } set { self[field: "continue"] = newValue } }
    public var remainingItemCount: Int64? { get { self[field: "remainingItemCount"] } set { self[field: "remainingItemCount"] = newValue } }
    public var selfLink: String? { get { self[field: "selfLink"] } set { self[field: "selfLink"] = newValue } }
}

/// `metav1.TypeMeta`: `apiVersion` and `kind`, readable from any object.
public struct TypeMeta: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var apiVersion: String? { get { self[field: "apiVersion"] } set { self[field: "apiVersion"] = newValue } }
    public var kind: String? { get { self[field: "kind"] } set { self[field: "kind"] = newValue } }
}

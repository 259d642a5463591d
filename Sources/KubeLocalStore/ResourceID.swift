/// A kind of stored object, independent of API version: the API group ("" for the core group) and
/// the plural resource name, e.g. `("", "pods")` or `("apps", "deployments")`.
public struct ResourceID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var group: String
    public var resource: String

    public init(group: String, resource: String) {
        self.group = group
        self.resource = resource
    }

    /// The name the Kubernetes API server uses in messages: `pods`, `deployments.apps`.
    public var description: String { group.isEmpty ? resource : "\(resource).\(group)" }

    public static func < (a: ResourceID, b: ResourceID) -> Bool {
        (a.group, a.resource) < (b.group, b.resource)
    }
}

/// The identity of one object within a resource: its namespace ("" when cluster-scoped) and name.
/// Ordered by namespace, then name — the order of every list.
public struct ObjectKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var namespace: String
    public var name: String

    public init(namespace: String = "", name: String) {
        self.namespace = namespace
        self.name = name
    }

    public var description: String { namespace.isEmpty ? name : "\(namespace)/\(name)" }

    public static func < (a: ObjectKey, b: ObjectKey) -> Bool {
        a.namespace != b.namespace ? a.namespace < b.namespace : a.name < b.name
    }
}

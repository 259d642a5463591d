import KubeAPI

/// The identity of an object within one resource type: namespace (empty for cluster-scoped kinds)
/// and name. It is what stores are keyed by and what a reconcile request names.
public struct ObjectKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var namespace: String
    public var name: String

    public init(namespace: String = "", name: String) {
        self.namespace = namespace
        self.name = name
    }

    /// The key of `object` (a missing namespace or name reads as empty).
    public init(_ object: some KubeObject) {
        let metadata = object.metadata
        self.init(namespace: metadata.namespace ?? "", name: metadata.name ?? "")
    }

    /// `namespace/name`, or `name` for a cluster-scoped object.
    public var description: String { namespace.isEmpty ? name : "\(namespace)/\(name)" }

    public static func < (a: Self, b: Self) -> Bool { (a.namespace, a.name) < (b.namespace, b.name) }
}

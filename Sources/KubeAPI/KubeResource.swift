/// Any Kubernetes object: a view with `apiVersion`, `kind` and `metadata`.
public protocol KubeObject: JSONBacked {}

extension KubeObject {
    public var apiVersion: String? { get { self[field: "apiVersion"] } set { self[field: "apiVersion"] = newValue } }
    public var kind: String? { get { self[field: "kind"] } set { self[field: "kind"] = newValue } }
    public var metadata: ObjectMeta { get { self[view: "metadata"] } set { self[view: "metadata"] = newValue } }
}

/// A kind served at a fixed group, version and resource name: what a client needs to build its
/// paths and what the local API server needs to serve it.
public protocol KubeResource: KubeObject {
    /// The API group; `""` for the core group.
    static var group: String { get }
    static var version: String { get }
    static var kind: String { get }
    /// The resource name in paths (`pods`, `deployments`).
    static var plural: String { get }
    /// Whether objects live in a namespace.
    static var namespaced: Bool { get }
    /// The lower-case singular name (`pod`).
    static var singular: String { get }
    /// kubectl short names (`po`, `deploy`).
    static var shortNames: [String] { get }
    /// Discovery categories (`all` for the kinds `kubectl get all` lists).
    static var categories: [String] { get }
}

extension KubeResource {
    /// `v1` for the core group, otherwise `group/version`.
    public static var apiVersion: String { group.isEmpty ? version : "\(group)/\(version)" }
    public static var singular: String { kind.lowercased() }
    public static var shortNames: [String] { [] }
    public static var categories: [String] { [] }
    /// The kind of this resource's lists (`PodList`).
    public static var listKind: String { kind + "List" }

    /// An object with `apiVersion` and `kind` set and nothing else.
    public init() {
        self.init(json: ["apiVersion": .string(Self.apiVersion), "kind": .string(Self.kind)])
    }

    /// An object with `apiVersion`, `kind`, `metadata.name` and (if given) `metadata.namespace` set.
    public init(name: String, namespace: String? = nil) {
        self.init()
        metadata = ObjectMeta(name: name, namespace: namespace)
    }

    /// Sets `apiVersion` and `kind` to this type's (list items from the server omit them).
    public mutating func setTypeMeta() {
        apiVersion = Self.apiVersion
        kind = Self.kind
    }
}

/// An object of any kind, typed or not: custom resources and anything without a Swift type.
public struct DynamicObject: KubeObject {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }
}

import KubeAPI

/// How lists and maps merge at each path of one kind, for strategic merge patch and server-side apply.
///
/// `builtIn(group:kind:)` knows the kinds kubectl users apply (Pod and the workloads with pod
/// templates, Service, ConfigMap, Secret, Namespace, ServiceAccount, Endpoints, EndpointSlice,
/// Node, PersistentVolume(Claim), Event, Lease, CustomResourceDefinition, RBAC, Ingress,
/// NetworkPolicy, PodDisruptionBudget, HorizontalPodAutoscaler, StorageClass, admission webhooks,
/// and `metadata` of every kind) with the merge keys and list types of the Kubernetes Go types.
/// `init(openAPIV3Schema:)` reads a CRD schema's `x-kubernetes-list-type`,
/// `x-kubernetes-list-map-keys` and `x-kubernetes-map-type`. Paths with no information merge
/// maps and replace lists whole, as the real server does for unknown fields.
public struct PatchStrategies: Sendable {
    let root: SchemaNode

    init(root: SchemaNode) { self.root = root }

    /// The strategies of a built-in kind, or `nil` when the kind is not known (the real server
    /// then refuses a strategic merge patch with 415 UnsupportedMediaType).
    public static func builtIn(group: String, kind: String) -> PatchStrategies? {
        BuiltInSchemas.root(group: group, kind: kind).map(PatchStrategies.init(root:))
    }

    /// Strategies read from a CRD version's `openAPIV3Schema`. Lists with
    /// `x-kubernetes-list-type: map` merge by their `x-kubernetes-list-map-keys` (a strategic merge
    /// patch uses the first key), `set` lists merge as sets, other lists are atomic;
    /// `x-kubernetes-map-type: atomic` objects are replaced whole.
    public init(openAPIV3Schema: JSONValue) {
        self.root = OpenAPISchemaReader.node(from: openAPIV3Schema)
    }
}

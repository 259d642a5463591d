import KubeAPI

/// OpenAPI v3 schemas, with descriptions, for the Kubernetes kinds the local API server serves
/// natively (Namespace, Node, Pod, Service, Endpoints, ConfigMap, Secret, ServiceAccount, Event
/// in core/v1 and events.k8s.io/v1, Lease, Deployment, ReplicaSet, DaemonSet, StatefulSet,
/// EndpointSlice, Scale, CustomResourceDefinition) and the meta types (`ObjectMeta`, `Status`, …).
///
/// Object schemas refer to shared definitions with `$ref: "#/components/schemas/<name>"`, names as
/// Kubernetes spells them (`io.k8s.api.core.v1.PodSpec`); `OpenAPIDocuments` includes every
/// definition a document reaches. The schemas carry the patch and list extensions
/// (`x-kubernetes-patch-merge-key`, `x-kubernetes-list-type`, …). They describe the common fields
/// for `kubectl explain`; they are not exhaustive, so they must not be used to prune built-in objects.
public enum BuiltInSchemas {
    /// The OpenAPI v3 schema of a whole object of the given kind, or `nil` for a kind not built in.
    /// The schema is the kind's definition itself; its `$ref`s resolve with `definition(named:)`.
    public static func schema(group: String, version: String, kind: String) -> JSONValue? {
        let catalog = SchemaCatalog.builtIn
        guard let name = catalog.kinds[SchemaCatalog.GVK(group: group, version: version, kind: kind)] else { return nil }
        return catalog.definitions[name]
    }

    /// The full definition name of a built-in kind (`io.k8s.api.apps.v1.Deployment`).
    public static func definitionName(group: String, version: String, kind: String) -> String? {
        SchemaCatalog.builtIn.kinds[SchemaCatalog.GVK(group: group, version: version, kind: kind)]
    }

    /// A shared definition by full name (`io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta`).
    public static func definition(named name: String) -> JSONValue? {
        SchemaCatalog.builtIn.definitions[name]
    }

    /// The full names of every definition.
    public static var definitionNames: [String] { SchemaCatalog.builtIn.definitions.keys.sorted() }
}

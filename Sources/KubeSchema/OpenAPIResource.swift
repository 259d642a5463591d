import KubeAPI

/// One served resource as the OpenAPI documents describe it: its group/version/kind, REST names,
/// scope, the OpenAPI v3 schema of a whole object (for custom resources the CRD's
/// `openAPIV3Schema`; for built-in kinds `BuiltInSchemas.schema`), and the subresources served.
public struct OpenAPIResource: Sendable, Hashable {
    /// The API group; "" for the core group.
    public var group: String
    public var version: String
    public var kind: String
    public var plural: String
    public var namespaced: Bool
    /// OpenAPI v3 schema of the whole object. `$ref`s of the form
    /// `#/components/schemas/<name>` may point at the shared definitions of `BuiltInSchemas`.
    public var schema: JSONValue
    /// Served subresources: "status", "scale".
    public var subresources: [String]

    public init(group: String, version: String, kind: String, plural: String, namespaced: Bool, schema: JSONValue, subresources: [String] = []) {
        self.group = group
        self.version = version
        self.kind = kind
        self.plural = plural
        self.namespaced = namespaced
        self.schema = schema
        self.subresources = subresources
    }

    /// "api/v1" for the core group, "apis/<group>/<version>" otherwise.
    public var groupVersionPath: String { group.isEmpty ? "api/\(version)" : "apis/\(group)/\(version)" }

    /// "v1" or "<group>/<version>".
    public var apiVersion: String { group.isEmpty ? version : "\(group)/\(version)" }
}

import KubeAPI

/// The OpenAPI documents kubectl reads for `explain` and client-side validation, built from the
/// served resources. Output is deterministic for the same input (the hash in the v3 index is a
/// content hash of the group-version document).
public enum OpenAPIDocuments {
    /// The Swagger 2.0 document served at `/openapi/v2`.
    public static func v2(_ resources: [OpenAPIResource]) -> JSONValue {
        ["swagger": "2.0", "info": ["title": "Kubernetes", "version": "v1.32.0"], "paths": .emptyObject, "definitions": .emptyObject]
    }

    /// The discovery index served at `/openapi/v3`:
    /// `{"paths": {"api/v1": {"serverRelativeURL": "/openapi/v3/api/v1?hash=…"}, …}}`.
    public static func v3Index(_ resources: [OpenAPIResource]) -> JSONValue {
        ["paths": .emptyObject]
    }

    /// The OpenAPI 3.0 document of one group-version ("api/v1", "apis/apps/v1"), or `nil` when no
    /// resource is served in it.
    public static func v3(groupVersionPath: String, _ resources: [OpenAPIResource]) -> JSONValue? {
        nil
    }
}

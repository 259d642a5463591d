import Hummingbird
import KubeAPI
import KubeSchema

/// Serves `/openapi/v2`, `/openapi/v3` and `/openapi/v3/<group-version path>` from the
/// resources currently registered (built-in schemas from KubeSchema, CRD schemas as given).
struct OpenAPIProvider: Sendable {
    let registry: ResourceRegistry

    /// A schema that accepts any object, for a kind KubeSchema does not describe.
    static let permissive: JSONValue = ["type": "object", "x-kubernetes-preserve-unknown-fields": true]

    var resources: [OpenAPIResource] {
        registry.all.map { t in
            OpenAPIResource(
                group: t.group, version: t.version, kind: t.kind, plural: t.plural, namespaced: t.namespaced,
                schema: t.schema?.source ?? BuiltInSchemas.schema(group: t.group, version: t.version, kind: t.kind) ?? Self.permissive,
                subresources: t.subresourceNames.filter { $0 == "status" || $0 == "scale" })
        }
    }

    /// The document at `segments` under `/openapi`. Documents are JSON only: a request that
    /// accepts only protobuf (kubectl's v2 fallback) gets 404, which kubectl takes as "no
    /// OpenAPI" and validates nothing rather than failing.
    func respond(segments: [String], accept: String?) throws(APIError) -> Response {
        let acceptsJSON = accept == nil || MediaType.acceptList(accept).contains {
            $0.essence == "application/json" || $0.essence == "*/*" || $0.essence == "application/*"
        }
        guard acceptsJSON else { return Responses.text("404 page not found\n", status: 404) }
        switch segments.first {
        case "v2" where segments.count == 1:
            return Responses.json(OpenAPIDocuments.v2(resources))
        case "v3" where segments.count == 1:
            return Responses.json(OpenAPIDocuments.v3Index(resources))
        case "v3":
            let path = segments.dropFirst().joined(separator: "/")
            guard let doc = OpenAPIDocuments.v3(groupVersionPath: path, resources) else {
                return Responses.text("404 page not found\n", status: 404)
            }
            return Responses.json(doc)
        default:
            return Responses.text("404 page not found\n", status: 404)
        }
    }
}

import KubeAPI
import ThawDeterminism

/// The OpenAPI documents kubectl reads for `explain` and to decide how `apply`/`create` validate,
/// built from the served resources. Output is deterministic for the same input; recently built
/// documents are remembered by their exact input, so calling these on every request is cheap.
///
/// - `/openapi/v3` (`v3Index`) lists one document per group-version, each with a content hash.
/// - `/openapi/v3/<api/v1|apis/G/V>` (`v3`) holds the kinds' schemas under `components.schemas`,
///   each kind marked with `x-kubernetes-group-version-kind`, and a path per REST endpoint whose
///   PATCH operation carries the GVK and the `fieldValidation` query parameter — which tells
///   kubectl (≥ 1.27) to leave field validation to the server instead of validating client-side.
/// - `/openapi/v2` (`v2`) is the same content as Swagger 2.0 JSON, for other clients. kubectl asks
///   for v2 only as protobuf, when v3 is missing.
public enum OpenAPIDocuments {
    /// The discovery index served at `/openapi/v3`:
    /// `{"paths": {"api/v1": {"serverRelativeURL": "/openapi/v3/api/v1?hash=…"}, …}}`.
    public static func v3Index(_ resources: [OpenAPIResource]) -> JSONValue {
        DocumentCache.document(.init(document: "index", resources: resources)) { buildV3Index(resources) }
    }

    private static func buildV3Index(_ resources: [OpenAPIResource]) -> JSONValue {
        var paths: [String: JSONValue] = [:]
        for path in Set(resources.map(\.groupVersionPath)) {
            guard let document = v3(groupVersionPath: path, resources) else { continue }
            paths[path] = ["serverRelativeURL": .string("/openapi/v3/\(path)?hash=\(contentHash(document))")]
        }
        return ["paths": .object(paths)]
    }

    /// The OpenAPI 3.0 document of one group-version ("api/v1", "apis/apps/v1"), or `nil` when no
    /// resource is served in it.
    public static func v3(groupVersionPath: String, _ resources: [OpenAPIResource]) -> JSONValue? {
        DocumentCache.document(.init(document: "v3 " + groupVersionPath, resources: resources)) {
            buildV3(groupVersionPath: groupVersionPath, resources)
        }
    }

    private static func buildV3(groupVersionPath: String, _ resources: [OpenAPIResource]) -> JSONValue? {
        let served = resources.filter { $0.groupVersionPath == groupVersionPath }.sorted { $0.plural < $1.plural }
        guard !served.isEmpty else { return nil }
        var schemas: [String: JSONValue] = [:]
        var paths: [String: JSONValue] = [:]
        for resource in served {
            let name = ResourceDefinitions.definitionName(resource)
            schemas[name] = ResourceDefinitions.kindSchema(resource)
            schemas[name + "List"] = ResourceDefinitions.listSchema(resource, itemName: name)
            for (path, item) in ResourcePaths.paths(for: resource, definition: name) { paths[path] = item }
        }
        ResourceDefinitions.addReferencedDefinitions(to: &schemas, alsoFrom: .object(paths))
        return [
            "openapi": "3.0.0",
            "info": ["title": "Kubernetes", "version": "v1.32.0"],
            "paths": .object(paths),
            "components": ["schemas": .object(schemas)],
        ]
    }

    /// The Swagger 2.0 document served at `/openapi/v2`, covering every resource.
    public static func v2(_ resources: [OpenAPIResource]) -> JSONValue {
        DocumentCache.document(.init(document: "v2", resources: resources)) { buildV2(resources) }
    }

    private static func buildV2(_ resources: [OpenAPIResource]) -> JSONValue {
        var definitions: [String: JSONValue] = [:]
        var paths: [String: JSONValue] = [:]
        for path in Set(resources.map(\.groupVersionPath)).sorted() {
            guard let document = v3(groupVersionPath: path, resources) else { continue }
            for (name, schema) in document["components"]?["schemas"]?.objectValue ?? [:] {
                definitions[name] = SwaggerConversion.schema(schema)
            }
            for (route, item) in document["paths"]?.objectValue ?? [:] {
                paths[route] = SwaggerConversion.pathItem(item)
            }
        }
        return [
            "swagger": "2.0",
            "info": ["title": "Kubernetes", "version": "v1.32.0"],
            "paths": .object(paths),
            "definitions": .object(definitions),
        ]
    }

    /// Uppercase hex FNV-1a (64-bit) of the document's canonical JSON; changes whenever the
    /// document does, so clients refetch.
    static func contentHash(_ document: JSONValue) -> String {
        FNV1a64.hash(bytes: document.jsonBytes).hexDigits(uppercase: true)
    }
}

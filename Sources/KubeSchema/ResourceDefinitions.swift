import KubeAPI

/// The `components.schemas` entries of a resource: its kind (with `x-kubernetes-group-version-kind`
/// and the standard `apiVersion`/`kind`/`metadata` fields), its list kind, and every shared
/// definition they reach.
enum ResourceDefinitions {
    static let objectMeta = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"
    static let listMeta = "io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"

    /// The built-in definition name, or for other kinds the reversed group, version and kind
    /// (`com.example.v1.Widget`), as kube-apiserver names CRD schemas.
    static func definitionName(_ resource: OpenAPIResource) -> String {
        if let builtIn = BuiltInSchemas.definitionName(group: resource.group, version: resource.version, kind: resource.kind) {
            return builtIn
        }
        let group = resource.group.split(separator: ".").reversed().joined(separator: ".")
        return [group.isEmpty ? "core" : group, resource.version, resource.kind].joined(separator: ".")
    }

    static func gvk(_ resource: OpenAPIResource, kind: String? = nil) -> JSONValue {
        ["group": .string(resource.group), "version": .string(resource.version), "kind": .string(kind ?? resource.kind)]
    }

    /// The resource's schema, completed with its GVK and the fields every object has.
    static func kindSchema(_ resource: OpenAPIResource) -> JSONValue {
        var schema = resource.schema.objectValue.map(JSONValue.object) ?? ["x-kubernetes-preserve-unknown-fields": true]
        if schema["type"] == nil, schema["x-kubernetes-preserve-unknown-fields"] == nil { schema["type"] = "object" }
        if schema["description"] == nil { schema["description"] = .string("\(resource.kind) is served from \(resource.apiVersion).") }
        schema["x-kubernetes-group-version-kind"] = [gvk(resource)]
        var properties = schema["properties"]?.objectValue ?? [:]
        if properties["apiVersion"] == nil {
            properties["apiVersion"] = ["type": "string", "description": "API version of this object."]
        }
        if properties["kind"] == nil {
            properties["kind"] = ["type": "string", "description": "Kind of this object."]
        }
        // Like kube-apiserver, document CRD metadata as ObjectMeta whatever the CRD says about it.
        let metadata = properties["metadata"]
        if metadata == nil || metadata?["allOf"] == nil && metadata?["$ref"] == nil {
            properties["metadata"] = ["description": "Standard object metadata.", "allOf": [["$ref": .string(SchemaCatalog.reference(objectMeta))]]]
        }
        schema["properties"] = .object(properties)
        return schema
    }

    static func listSchema(_ resource: OpenAPIResource, itemName: String) -> JSONValue {
        [
            "type": "object",
            "description": .string("A list of \(resource.kind) objects."),
            "required": ["items"],
            "properties": [
                "apiVersion": ["type": "string", "description": "API version of this object."],
                "kind": ["type": "string", "description": "Kind of this object."],
                "metadata": ["description": "Standard list metadata.", "allOf": [["$ref": .string(SchemaCatalog.reference(listMeta))]]],
                "items": ["type": "array", "description": .string("The \(resource.plural)."), "items": ["$ref": .string(SchemaCatalog.reference(itemName))]],
            ],
            "x-kubernetes-group-version-kind": [gvk(resource, kind: resource.kind + "List")],
        ]
    }

    /// Adds every built-in definition reachable (transitively) from `schemas` and from `paths`.
    static func addReferencedDefinitions(to schemas: inout [String: JSONValue], alsoFrom paths: JSONValue) {
        var queue = schemas.values.flatMap(referencedNames) + referencedNames(paths)
        while let name = queue.popLast() {
            guard schemas[name] == nil, let definition = BuiltInSchemas.definition(named: name) else { continue }
            schemas[name] = definition
            queue += referencedNames(definition)
        }
    }

    static func referencedNames(_ value: JSONValue) -> [String] {
        switch value {
        case .object(let members):
            var names: [String] = []
            for (key, member) in members {
                if key == "$ref", let ref = member.stringValue, ref.hasPrefix("#/components/schemas/") {
                    names.append(String(ref.dropFirst("#/components/schemas/".count)))
                } else {
                    names += referencedNames(member)
                }
            }
            return names
        case .array(let elements): return elements.flatMap(referencedNames)
        default: return []
        }
    }
}

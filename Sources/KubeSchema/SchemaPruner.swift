import KubeAPI

/// Removes fields a structural schema does not specify.
enum SchemaPruner {
    static func pruneRoot(_ object: JSONValue, _ root: SchemaNode) -> JSONValue {
        object
    }
}

/// The merge shapes of the built-in kinds, transcribed from the Kubernetes Go types' patch tags.
enum BuiltInSchemas {
    static let objectMeta = SchemaNode()

    static func root(group: String, kind: String) -> SchemaNode? {
        nil
    }
}

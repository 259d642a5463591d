import KubeAPI

/// One server-side apply by one manager.
struct Applier {
    let schema: SchemaNode
    let manager: String
    let time: String
    let apiVersion: String

    mutating func apply(_ configuration: JSONValue, to live: JSONValue?, force: Bool) throws(ApplyError) -> JSONValue {
        guard case .object = configuration else { throw .invalid("the applied configuration must be an object, got \(configuration.typeName)") }
        return MergePatch.apply(configuration, to: live ?? .emptyObject)
    }
}

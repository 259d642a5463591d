import KubeAPI

/// kube-apiserver's bridge between client-side and server-side apply for the `kubectl` manager:
/// fields recorded in the `kubectl.kubernetes.io/last-applied-configuration` annotation (and still
/// equal in the live object) may be taken over without a conflict, and the annotation is kept in
/// step with each server-side apply.
enum LastApplied {
    static let annotation = "kubectl.kubernetes.io/last-applied-configuration"
    /// Only this field manager gets the client-side apply bridge.
    static let manager = "kubectl"

    static func configuration(of object: JSONValue?) -> JSONValue? {
        guard let text = object?[path: ["metadata", "annotations", annotation]]?.stringValue, !text.isEmpty else { return nil }
        return try? JSONValue.parse(text)
    }

    /// The fields a `kubectl` server-side apply may take over without a conflict: those of the
    /// last-applied configuration whose values the live object still has.
    static func allowedConflicts(live: JSONValue, schema: SchemaNode) -> FieldSet? {
        guard let lastApplied = configuration(of: live),
              let fields = try? TypedWalk.fieldSet(of: lastApplied, schema: schema) else { return nil }
        let comparison = TypedWalk.compare(lastApplied, ManagedFieldsList.stripped(live), schema: schema)
        return fields.subtracting(comparison.modified).subtracting(comparison.added).subtracting(comparison.removed)
    }

    /// `object` with the annotation set to `configuration` (without the annotation itself), if
    /// the object already carries the annotation.
    static func updated(_ object: JSONValue, applying configuration: JSONValue) -> JSONValue {
        guard object[path: ["metadata", "annotations", annotation]] != nil else { return object }
        var recorded = configuration
        recorded[path: ["metadata", "annotations", annotation]] = nil
        if recorded[path: ["metadata", "annotations"]] == .emptyObject {
            recorded[path: ["metadata", "annotations"]] = nil
        }
        var copy = object
        copy[path: ["metadata", "annotations", annotation]] = .string(recorded.jsonString + "\n")
        return copy
    }
}

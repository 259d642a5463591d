import KubeAPI
import KubeLocalStore

/// The label and field selectors of a list or watch, applied to objects of one resource type.
/// A stored object is judged from its key and summary whenever they answer every requirement
/// (labels, `metadata.name`/`metadata.namespace`, indexed fields), so a compact store does not
/// parse it; otherwise the object is parsed. Never fails: a missing field reads as "".
struct ObjectMatcher: Sendable {
    let labels: LabelSelector
    let fields: FieldSelector
    let type: ResourceType

    /// Whether any requirement is set (without one, every object matches).
    var selects: Bool { !labels.isEmpty || !fields.isEmpty }

    func matches(_ object: JSONValue) -> Bool {
        labels.matches(object: object) && (fields.isEmpty || fields.matches(object, type: type))
    }

    func matches(_ key: ObjectKey, _ stored: StoredObject) -> Bool {
        guard selects else { return true }
        guard labels.matches(labels: stored.summary.labels) else { return false }
        guard !fields.isEmpty else { return true }
        return fields.matches(key, stored.summary, type: type) ?? fields.matches(stored.object, type: type)
    }
}

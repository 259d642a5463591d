import KubeAPI

/// What the store knows about an object without parsing its JSON: its labels, the values of the
/// selectable fields its resource's `FieldIndex` names, and the metadata the garbage collector
/// follows. Extracted once when the object is written or loaded, so that label- and
/// field-filtered lists and watches and the garbage collector never parse stored JSON.
/// Immutable; always describes the `StoredObject` that carries it.
public struct ObjectSummary: Sendable, Equatable {
    /// `metadata.labels` (a value that is not a string is left out: no selector matches it).
    public let labels: [String: String]
    /// Indexed selectable fields (field path → text value, "" when absent). A field missing here
    /// was not indexed for the object's resource: read it from the object.
    public let fields: [String: String]
    let uid: String?
    let ownerReferences: [OwnerReference]
    let beingDeleted: Bool
    let finalizers: [String]

    /// The summary of `object` (a JSON object; anything else has an empty summary), with the
    /// `fields` values `index` extracts for `resource`.
    init(of object: JSONValue, resource: ResourceID?, index: FieldIndex) {
        var labels: [String: String] = [:]
        for (key, value) in object["metadata"]?["labels"]?.objectValue ?? [:] {
            if let text = value.stringValue { labels[key] = text }
        }
        self.labels = labels
        self.fields = resource.map { index.extract($0, object) } ?? [:]
        self.uid = object.uid
        self.ownerReferences = object.ownerReferences
        self.beingDeleted = object.isBeingDeleted
        self.finalizers = object.finalizers
    }
}

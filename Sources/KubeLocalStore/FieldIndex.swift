import KubeAPI

/// Which selectable fields the store records in each object's `ObjectSummary.fields`, so that
/// field selectors on them are answered without parsing stored JSON. `extract` receives the
/// resource and the object being written and returns field path → text value for every field it
/// indexes for that resource ("" for an absent field); it must be a pure function of its input.
public struct FieldIndex: Sendable {
    let extract: @Sendable (ResourceID, JSONValue) -> [String: String]

    public init(_ extract: @escaping @Sendable (ResourceID, JSONValue) -> [String: String]) {
        self.extract = extract
    }

    /// Indexes nothing: every field selector beyond the object's key reads the object.
    public static let none = FieldIndex { _, _ in [:] }
}

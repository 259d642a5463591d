import KubeAPI

/// What the cache keeps of each object, applied on the way in.
///
/// By default `metadata.managedFields` is removed (it is a fifth to a third of an object's size and
/// controllers rarely read it). `metadataOnly` keeps only `apiVersion`, `kind` and `metadata`, for
/// controllers that need no spec or status. `custom` runs last.
public struct StoreTransform: Sendable {
    public var stripManagedFields: Bool
    public var metadataOnly: Bool
    public var custom: (@Sendable (JSONValue) -> JSONValue)?

    public init(stripManagedFields: Bool = true, metadataOnly: Bool = false, custom: (@Sendable (JSONValue) -> JSONValue)? = nil) {
        self.stripManagedFields = stripManagedFields
        self.metadataOnly = metadataOnly
        self.custom = custom
    }

    /// Strip managedFields, keep the rest.
    public static let `default` = StoreTransform()
    /// Keep objects exactly as received.
    public static let none = StoreTransform(stripManagedFields: false)
    /// Keep only type and metadata (without managedFields).
    public static let metadataOnly = StoreTransform(metadataOnly: true)

    /// The document to cache for `json`.
    public func apply(_ json: JSONValue) -> JSONValue {
        var result = json
        if metadataOnly, case .object(let fields) = json {
            result = .object(fields.filter { ["apiVersion", "kind", "metadata"].contains($0.key) })
        }
        if stripManagedFields, result[path: ["metadata", "managedFields"]] != nil {
            result[path: ["metadata", "managedFields"]] = nil
        }
        if let custom { result = custom(result) }
        return result
    }
}

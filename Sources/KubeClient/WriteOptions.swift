/// How the server validates unknown or duplicate fields in a write.
public enum FieldValidation: String, Sendable, Hashable {
    case ignore = "Ignore"
    case warn = "Warn"
    case strict = "Strict"
}

/// Options of create, update and patch.
public struct WriteOptions: Sendable, Hashable {
    /// Validate and default without persisting.
    public var dryRun: Bool
    /// The manager recorded in `managedFields` (required for server-side apply).
    public var fieldManager: String?
    public var fieldValidation: FieldValidation?
    /// Server-side apply only: take ownership of conflicting fields.
    public var force: Bool

    public init(dryRun: Bool = false, fieldManager: String? = nil, fieldValidation: FieldValidation? = nil, force: Bool = false) {
        self.dryRun = dryRun
        self.fieldManager = fieldManager
        self.fieldValidation = fieldValidation
        self.force = force
    }

    var query: [(String, String)] {
        var items: [(String, String)] = []
        if dryRun { items.append(("dryRun", "All")) }
        if let fieldManager { items.append(("fieldManager", fieldManager)) }
        if let fieldValidation { items.append(("fieldValidation", fieldValidation.rawValue)) }
        if force { items.append(("force", "true")) }
        return items
    }
}

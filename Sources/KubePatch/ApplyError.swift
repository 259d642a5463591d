/// One field a server-side apply would take from another field manager.
///
/// `field` is the path as structured-merge-diff prints it (`.spec.replicas`,
/// `.spec.template.spec.containers[name="nginx"].image`). `operation`, `apiVersion`, `time` and
/// `subresource` describe the other manager's managedFields entry; the conflict message shows the
/// API version only for `Update` managers, as the real server does.
public struct ApplyConflict: Sendable, Equatable {
    public var manager: String
    public var field: String
    public var operation: String
    public var apiVersion: String
    public var time: String?
    public var subresource: String?
    /// The structured path behind `field`.
    var path: FieldPath = []

    public init(manager: String, field: String, operation: String = "Apply", apiVersion: String = "",
                time: String? = nil, subresource: String? = nil) {
        self.manager = manager
        self.field = field
        self.operation = operation
        self.apiVersion = apiVersion
        self.time = time
        self.subresource = subresource
    }

    init(manager: String, field: String, operation: String, apiVersion: String, time: String?, subresource: String?,
         path: FieldPath) {
        self.init(manager: manager, field: field, operation: operation, apiVersion: apiVersion, time: time, subresource: subresource)
        self.path = path
    }

    public static func == (lhs: ApplyConflict, rhs: ApplyConflict) -> Bool {
        lhs.manager == rhs.manager && lhs.field == rhs.field && lhs.operation == rhs.operation
            && lhs.apiVersion == rhs.apiVersion && lhs.time == rhs.time && lhs.subresource == rhs.subresource
    }
}

/// Why a server-side apply failed.
/// - `conflicts`: other managers own fields the configuration sets to different values; the server
///   answers `409 Conflict` with one `FieldManagerConflict` cause per entry (see
///   `ServerSideApply.conflictMessage` and `ApplyConflict.causeMessage`). Retrying with
///   `force: true` takes the fields over.
/// - `invalid`: the configuration or the live object's managedFields cannot be used (not an
///   object, a list element without its key, undecodable managedFields); the server answers
///   `422 Invalid` (or `400 BadRequest` for a configuration that is not an object).
public enum ApplyError: Error, Sendable, Equatable {
    case conflicts([ApplyConflict])
    case invalid(String)
}

/// The `Status` errors the API server returns, with the real server's codes, reasons and messages.
/// `resource` is the plural resource name and `group` its API group (`""` for core).
extension Status {
    /// 404: `pods "web" not found`.
    public static func notFound(group: String, resource: String, name: String) -> Status {
        Status(code: 404, reason: .notFound, message: "\(qualified(resource, group)) \"\(name)\" not found",
            details: StatusDetails(name: name, group: group, kind: resource))
    }

    /// 409: `pods "web" already exists`.
    public static func alreadyExists(group: String, resource: String, name: String) -> Status {
        Status(code: 409, reason: .alreadyExists, message: "\(qualified(resource, group)) \"\(name)\" already exists",
            details: StatusDetails(name: name, group: group, kind: resource))
    }

    /// 409: a stale `resourceVersion` on update.
    public static func conflict(group: String, resource: String, name: String,
        problem: String = "the object has been modified; please apply your changes to the latest version and try again"
    ) -> Status {
        Status(code: 409, reason: .conflict,
            message: "Operation cannot be fulfilled on \(qualified(resource, group)) \"\(name)\": \(problem)",
            details: StatusDetails(name: name, group: group, kind: resource))
    }

    /// 422: `Pod "web" is invalid: spec.containers: Required value` (causes joined in brackets when several).
    public static func invalid(group: String, kind: String, name: String, causes: [StatusCause]) -> Status {
        let parts = causes.map { cause in
            [cause.field, cause.message].compactMap { $0 }.joined(separator: ": ")
        }
        let summary = parts.count == 1 ? parts[0] : "[" + parts.joined(separator: ", ") + "]"
        let qualifiedKind = group.isEmpty ? kind : "\(kind).\(group)"
        return Status(code: 422, reason: .invalid, message: "\(qualifiedKind) \"\(name)\" is invalid: \(summary)",
            details: StatusDetails(name: name, group: group, kind: kind, causes: causes))
    }

    /// 410 `Expired`: a watch or list from a resource version older than the retained history.
    public static func expired(_ message: String) -> Status {
        Status(code: 410, reason: .expired, message: message)
    }

    /// 400 `BadRequest`.
    public static func badRequest(_ message: String) -> Status {
        Status(code: 400, reason: .badRequest, message: message)
    }

    /// 405 `MethodNotAllowed`.
    public static func methodNotAllowed(_ message: String) -> Status {
        Status(code: 405, reason: .methodNotAllowed, message: message)
    }

    /// 500 `InternalError`.
    public static func internalError(_ message: String) -> Status {
        Status(code: 500, reason: .internalError, message: "Internal error occurred: \(message)")
    }

    private static func qualified(_ resource: String, _ group: String) -> String {
        group.isEmpty ? resource : "\(resource).\(group)"
    }
}

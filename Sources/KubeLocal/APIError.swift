import KubeAPI

/// One cause of a failure, as listed in a Status object's `details.causes`.
public struct StatusCause: Sendable, Equatable {
    public var reason: String
    public var message: String
    public var field: String?

    public init(reason: String, message: String, field: String? = nil) {
        self.reason = reason
        self.message = message
        self.field = field
    }

    var json: JSONValue {
        var o: [String: JSONValue] = ["reason": .string(reason), "message": .string(message)]
        if let field { o["field"] = .string(field) }
        return .object(o)
    }
}

/// A request failure that the server answers with a `meta/v1 Status` object carrying the real
/// kube-apiserver's HTTP code, reason and message. Every failing request ends as one of these.
public struct APIError: Error, Sendable, Equatable {
    public var code: Int
    public var reason: String
    public var message: String
    /// `details.name`, `details.group`, `details.kind` (the resource, or the Kind for Invalid).
    public var name: String?
    public var group: String?
    public var kind: String?
    public var causes: [StatusCause]
    /// Seconds for a `Retry-After` header and `details.retryAfterSeconds`.
    public var retryAfterSeconds: Int?

    public init(
        code: Int, reason: String, message: String, name: String? = nil, group: String? = nil,
        kind: String? = nil, causes: [StatusCause] = [], retryAfterSeconds: Int? = nil
    ) {
        self.code = code
        self.reason = reason
        self.message = message
        self.name = name
        self.group = group
        self.kind = kind
        self.causes = causes
        self.retryAfterSeconds = retryAfterSeconds
    }

    /// The Status object the server sends for this failure.
    public var status: JSONValue {
        var details: [String: JSONValue] = [:]
        if let name { details["name"] = .string(name) }
        if let group, !group.isEmpty { details["group"] = .string(group) }
        if let kind { details["kind"] = .string(kind) }
        if !causes.isEmpty { details["causes"] = .array(causes.map(\.json)) }
        if let retryAfterSeconds { details["retryAfterSeconds"] = .int(Int64(retryAfterSeconds)) }
        var o: [String: JSONValue] = [
            "kind": "Status", "apiVersion": "v1", "metadata": .emptyObject, "status": "Failure",
            "message": .string(message), "code": .int(Int64(code)),
        ]
        if !reason.isEmpty { o["reason"] = .string(reason) }
        o["details"] = .object(details)
        return .object(o)
    }
}

extension APIError {
    /// `group.resource` as the real server names a resource in messages (`deployments.apps`).
    static func qualified(_ resource: String, group: String) -> String {
        group.isEmpty ? resource : "\(resource).\(group)"
    }

    static func notFound(_ resource: String, group: String, name: String) -> APIError {
        APIError(
            code: 404, reason: "NotFound", message: "\(qualified(resource, group: group)) \"\(name)\" not found",
            name: name, group: group, kind: resource)
    }

    static func alreadyExists(_ resource: String, group: String, name: String) -> APIError {
        APIError(
            code: 409, reason: "AlreadyExists",
            message: "\(qualified(resource, group: group)) \"\(name)\" already exists", name: name, group: group,
            kind: resource)
    }

    static func conflict(_ resource: String, group: String, name: String, detail: String) -> APIError {
        APIError(
            code: 409, reason: "Conflict",
            message: "Operation cannot be fulfilled on \(qualified(resource, group: group)) \"\(name)\": \(detail)",
            name: name, group: group, kind: resource)
    }

    static let modifiedDetail =
        "the object has been modified; please apply your changes to the latest version and try again"

    /// 422 Invalid: `Kind "name" is invalid: field: message, …` with one cause per field error.
    static func invalid(kind: String, group: String, name: String, causes: [StatusCause]) -> APIError {
        let list = causes.map { c in c.field.map { "\($0): \(c.message)" } ?? c.message }
        let joined = list.count == 1 ? list[0] : "[" + list.joined(separator: ", ") + "]"
        return APIError(
            code: 422, reason: "Invalid", message: "\(qualified(kind, group: group)) \"\(name)\" is invalid: \(joined)",
            name: name, group: group, kind: kind, causes: causes)
    }

    static func badRequest(_ message: String) -> APIError {
        APIError(code: 400, reason: "BadRequest", message: message)
    }

    static func forbidden(_ resource: String, group: String, name: String, why: String, causes: [StatusCause] = [])
        -> APIError
    {
        APIError(
            code: 403, reason: "Forbidden",
            message: "\(qualified(resource, group: group)) \"\(name)\" is forbidden: \(why)", name: name,
            group: group, kind: resource, causes: causes)
    }

    static func gone(_ message: String) -> APIError {
        APIError(code: 410, reason: "Expired", message: message)
    }

    static func internalError(_ message: String) -> APIError {
        APIError(
            code: 500, reason: "InternalError", message: "Internal error occurred: \(message)",
            causes: [StatusCause(reason: "", message: message)])
    }

    /// The real server's answer for a path no registered resource serves.
    static let resourceNotFound = APIError(
        code: 404, reason: "NotFound", message: "the server could not find the requested resource")

    static let methodNotAllowed = APIError(
        code: 405, reason: "MethodNotAllowed", message: "the server does not allow this method on the requested resource")

    static let tooLarge = APIError(
        code: 413, reason: "RequestEntityTooLarge", message: "Request entity too large: limit is 3145728")
}

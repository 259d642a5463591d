/// `metav1.Status`: the body of every API error (and of some successful deletes).
public struct Status: JSONBacked, Error {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    /// A `Failure` status with `kind`/`apiVersion` set, as the API server returns it.
    public init(code: Int, reason: StatusReason, message: String, details: StatusDetails? = nil) {
        self.init(json: ["kind": "Status", "apiVersion": "v1", "metadata": .emptyObject, "status": "Failure"])
        self.code = code
        self.reason = reason
        self.message = message
        self.details = details
    }

    /// `Success` or `Failure`.
    public var status: String? { get { self[field: "status"] } set { self[field: "status"] = newValue } }
    public var message: String? { get { self[field: "message"] } set { self[field: "message"] = newValue } }
    public var reason: StatusReason? { get { self[field: "reason"] } set { self[field: "reason"] = newValue } }
    /// The HTTP status code.
    public var code: Int? { get { self[field: "code"] } set { self[field: "code"] = newValue } }
    public var details: StatusDetails? { get { self[field: "details"] } set { self[field: "details"] = newValue } }
    public var metadata: ListMeta { get { self[view: "metadata"] } set { self[view: "metadata"] = newValue } }
}

/// `metav1.StatusDetails`: which object an error is about and, for `Invalid`, which fields.
public struct StatusDetails: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public init(name: String?, group: String?, kind: String?, causes: [StatusCause] = []) {
        self.init()
        self.name = name
        if let group, !group.isEmpty { self.group = group }
        self.kind = kind
        self.causes = causes
    }

    public var name: String? { get { self[field: "name"] } set { self[field: "name"] = newValue } }
    public var group: String? { get { self[field: "group"] } set { self[field: "group"] = newValue } }
    /// The kind for `Invalid`, the resource (`pods`) for `NotFound`/`AlreadyExists`/`Conflict`.
    public var kind: String? { get { self[field: "kind"] } set { self[field: "kind"] = newValue } }
    public var uid: String? { get { self[field: "uid"] } set { self[field: "uid"] = newValue } }
    public var causes: [StatusCause] { get { self[list: "causes"] } set { self[list: "causes"] = newValue } }
    public var retryAfterSeconds: Int? { get { self[field: "retryAfterSeconds"] } set { self[field: "retryAfterSeconds"] = newValue } }
}

/// `metav1.StatusCause`: one problem with one field.
public struct StatusCause: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public init(reason: String, message: String, field: String) {
        self.init(json: ["reason": .string(reason), "message": .string(message), "field": .string(field)])
    }

    /// `FieldValueRequired`, `FieldValueInvalid`, `FieldValueNotSupported`, `FieldValueDuplicate`, …
    public var reason: String? { get { self[field: "reason"] } set { self[field: "reason"] = newValue } }
    public var message: String? { get { self[field: "message"] } set { self[field: "message"] = newValue } }
    /// The JSON path of the field, `spec.containers[0].image`.
    public var field: String? { get { self[field: "field"] } set { self[field: "field"] = newValue } }
}

/// `metav1.StatusReason`. Open: unknown reasons are kept.
public struct StatusReason: OpenStringEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let notFound: Self = "NotFound"
    public static let alreadyExists: Self = "AlreadyExists"
    public static let conflict: Self = "Conflict"
    public static let invalid: Self = "Invalid"
    public static let gone: Self = "Gone"
    public static let expired: Self = "Expired"
    public static let forbidden: Self = "Forbidden"
    public static let unauthorized: Self = "Unauthorized"
    public static let badRequest: Self = "BadRequest"
    public static let methodNotAllowed: Self = "MethodNotAllowed"
    public static let notAcceptable: Self = "NotAcceptable"
    public static let unsupportedMediaType: Self = "UnsupportedMediaType"
    public static let requestEntityTooLarge: Self = "RequestEntityTooLarge"
    public static let tooManyRequests: Self = "TooManyRequests"
    public static let internalError: Self = "InternalError"
    public static let timeout: Self = "Timeout"
    public static let serverTimeout: Self = "ServerTimeout"
}

import KubeAPI

/// An error the API server returned: the server's `Status` (code, reason, message, causes) as it
/// was sent, or one synthesized from the HTTP status code when the body was not a `Status`.
///
/// The description holds the code, reason and message only; it never contains request headers or
/// credentials.
public struct KubeAPIError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The server's `Status` object.
    public var status: Status

    public init(status: Status) { self.status = status }

    /// An error for an HTTP status code whose body was not a `Status` (a proxy's HTML page, say):
    /// the reason is derived from the code, the message is the start of the body.
    public init(code: Int, body: [UInt8]) {
        let text = String(decoding: body.prefix(512), as: UTF8.self)
        let reason = KubeAPIError.reason(forCode: code)
        self.init(status: Status(code: code, reason: reason, message: text.isEmpty ? "HTTP \(code)" : text))
    }

    /// The HTTP status code (from the Status, or the response when the Status omits it).
    public var code: Int { status.code ?? 0 }
    public var reason: StatusReason? { status.reason }
    public var message: String { status.message ?? "" }
    /// Field-level problems (for `Invalid`).
    public var causes: [StatusCause] { status.details?.causes ?? [] }
    /// `details.retryAfterSeconds` when the server suggested one.
    public var retryAfterSeconds: Int? { status.details?.retryAfterSeconds }

    public var isNotFound: Bool { reason == .notFound || (reason == nil && code == 404) }
    public var isAlreadyExists: Bool { reason == .alreadyExists }
    /// A stale `resourceVersion` on update (or a failed precondition).
    public var isConflict: Bool { reason == .conflict || (code == 409 && reason != .alreadyExists) }
    /// The requested resource version is no longer retained (410 `Gone` or `Expired`): relist.
    public var isGone: Bool { code == 410 || reason == .gone || reason == .expired }
    public var isInvalid: Bool { reason == .invalid || code == 422 }
    public var isForbidden: Bool { reason == .forbidden || code == 403 }
    public var isUnauthorized: Bool { reason == .unauthorized || code == 401 }
    public var isBadRequest: Bool { reason == .badRequest || code == 400 }
    public var isMethodNotAllowed: Bool { reason == .methodNotAllowed || code == 405 }
    public var isTooManyRequests: Bool { reason == .tooManyRequests || code == 429 }
    public var isTimeout: Bool { reason == .timeout || reason == .serverTimeout || code == 504 }
    public var isInternalError: Bool { reason == .internalError || code == 500 }
    public var isServiceUnavailable: Bool { code == 503 }

    public var description: String {
        "KubeAPIError(\(code) \(reason?.rawValue ?? "-")): \(message)"
    }

    static func reason(forCode code: Int) -> StatusReason {
        switch code {
        case 400: .badRequest
        case 401: .unauthorized
        case 403: .forbidden
        case 404: .notFound
        case 405: .methodNotAllowed
        case 406: .notAcceptable
        case 409: .conflict
        case 410: .gone
        case 413: .requestEntityTooLarge
        case 415: .unsupportedMediaType
        case 422: .invalid
        case 429: .tooManyRequests
        case 504: .timeout
        default: code >= 500 ? .internalError : StatusReason(rawValue: "Unknown")
        }
    }
}

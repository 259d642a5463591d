/// Why a store operation failed, with a message worded like the Kubernetes API server's.
///
/// Reasons map to Kubernetes status reasons: `notFound` 404, `alreadyExists` 409, `conflict` 409,
/// `gone` 410 (resource version or continue token older than the retained history), `invalid`
/// 422/400 (malformed input such as a bad continue token or a non-object body), `internal` 500
/// (the database failed; the store refuses further writes after that).
public struct StoreError: Error, Sendable, CustomStringConvertible {
    /// The kind of failure (see the type's mapping to HTTP status codes).
    public enum Reason: Sendable, Equatable {
        case notFound, alreadyExists, conflict, gone, invalid, `internal`
    }

    public var reason: Reason
    public var message: String

    public init(_ reason: Reason, _ message: String) {
        self.reason = reason
        self.message = message
    }

    public var description: String { "\(reason): \(message)" }

    static func notFound(_ resource: ResourceID, _ key: ObjectKey) -> StoreError {
        StoreError(.notFound, "\(resource) \"\(key.name)\" not found")
    }

    static func alreadyExists(_ resource: ResourceID, _ key: ObjectKey) -> StoreError {
        StoreError(.alreadyExists, "\(resource) \"\(key.name)\" already exists")
    }

    static func conflict(_ resource: ResourceID, _ key: ObjectKey) -> StoreError {
        StoreError(
            .conflict,
            "Operation cannot be fulfilled on \(resource) \"\(key.name)\": the object has been modified; please apply your changes to the latest version and try again"
        )
    }

    static func tooOld(_ requested: Int64, oldest: Int64) -> StoreError {
        StoreError(.gone, "too old resource version: \(requested) (\(oldest))")
    }
}

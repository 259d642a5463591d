/// The last failure of a reflector: which resource, which verb, and the error. A cache that cannot
/// list or watch because of 401/403 is reported by readiness with this, not left silently unsynced.
public struct ReflectorFailure: Sendable, CustomStringConvertible {
    /// The list-watch identity (resource, namespace, selectors).
    public var resource: String
    /// `list` or `watch`.
    public var verb: String
    public var error: String
    /// Whether the server refused the credentials or the permission (401/403).
    public var isAuthorization: Bool

    public var description: String { "cannot \(verb) \(resource): \(error)" }
}

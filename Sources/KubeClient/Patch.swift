import KubeAPI

/// A patch body and its type; the type selects the `Content-Type` the server dispatches on.
public enum Patch: Sendable, Hashable {
    /// RFC 7386 JSON merge patch (`application/merge-patch+json`).
    case merge(JSONValue)
    /// RFC 6902 JSON patch, a list of operations (`application/json-patch+json`).
    case json([JSONValue])
    /// Kubernetes strategic merge patch (`application/strategic-merge-patch+json`); built-in kinds only.
    case strategic(JSONValue)
    /// Server-side apply of a whole intended object (`application/apply-patch+yaml`); needs a field manager.
    case apply(JSONValue)

    var contentType: String {
        switch self {
        case .merge: "application/merge-patch+json"
        case .json: "application/json-patch+json"
        case .strategic: "application/strategic-merge-patch+json"
        case .apply: "application/apply-patch+yaml"
        }
    }

    var body: [UInt8] {
        switch self {
        case .merge(let value), .strategic(let value), .apply(let value): value.jsonBytes
        case .json(let operations): JSONValue.array(operations).jsonBytes
        }
    }
}

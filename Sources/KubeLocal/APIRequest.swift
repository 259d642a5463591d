import Hummingbird
import KubeAPI
import KubeLocalStore

/// One request for a resource, resolved against the registry: the served resource type, the
/// path's namespace/name/subresource, the query and the headers the handlers read.
struct APIRequest: Sendable {
    var method: HTTPRequest.Method
    var path: ResourcePath
    var type: ResourceType
    var query: [String: String]
    var contentType: String?
    var accept: String?
    var userAgent: String?

    var namespace: String? { path.namespace }
    var name: String? { path.name }
    var subresource: String? { path.subresource }

    /// The store key of the named object.
    var key: ObjectKey { ObjectKey(namespace: type.namespaced ? (path.namespace ?? "") : "", name: path.name ?? "") }

    var shape: ResponseShape { ResponseShape.negotiate(accept: accept) }

    var isDryRun: Bool { query["dryRun"] == "All" }

    /// The field manager of a write: the `fieldManager` parameter, else the User-Agent's product
    /// name (what precedes the first `/`), as the real server derives it.
    var fieldManager: String {
        if let m = query["fieldManager"], !m.isEmpty { return m }
        let agent = userAgent ?? "unknown"
        return String(agent.split(separator: "/", maxSplits: 1).first.map(String.init)?.prefix(128) ?? "unknown")
    }

    /// A boolean query parameter (`true`, `1`).
    func flag(_ name: String) -> Bool {
        guard let v = query[name]?.lowercased() else { return false }
        return v == "true" || v == "1"
    }

    /// An integer query parameter; a malformed value is a 400.
    func integer(_ name: String) throws(APIError) -> Int64? {
        guard let text = query[name], !text.isEmpty else { return nil }
        guard let v = Int64(text) else {
            throw APIError.badRequest("invalid value for query parameter \(name): \"\(text)\" is not an integer")
        }
        return v
    }
}

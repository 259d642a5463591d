/// A request path under `/api/v1` or `/apis/{group}/{version}` split the way kube-apiserver's
/// request-info parser splits it: optional legacy `watch/` prefix, namespace, resource, name and
/// subresource. `namespaces/{ns}/status` and `namespaces/{ns}/finalize` address the namespace
/// itself.
struct ResourcePath: Equatable {
    var group: String
    var version: String
    var legacyWatch = false
    var namespace: String?
    var resource: String
    var name: String?
    var subresource: String?

    /// What the path names after the group/version: nothing (discovery) or a resource path.
    enum Parsed: Equatable {
        case groupVersion(group: String, version: String)
        case resource(ResourcePath)
    }

    /// Parses `segments` after `/api` or `/apis` (`["v1", "namespaces", "x", "pods"]`,
    /// `["apps", "v1", "deployments"]`); `nil` when it is not a group/version path.
    static func parse(core: Bool, segments: [Substring]) -> Parsed? {
        var parts = segments.map(String.init)
        let group: String
        if core {
            group = ""
        } else {
            guard !parts.isEmpty else { return nil }
            group = parts.removeFirst()
        }
        guard !parts.isEmpty else { return nil }
        let version = parts.removeFirst()
        if parts.isEmpty { return .groupVersion(group: group, version: version) }
        var path = ResourcePath(group: group, version: version, resource: "")
        if parts.first == "watch" {
            path.legacyWatch = true
            parts.removeFirst()
            guard !parts.isEmpty else { return nil }
        }
        if parts[0] == "namespaces", parts.count > 1 {
            path.namespace = parts[1]
            if parts.count > 2, parts[2] != "status", parts[2] != "finalize" {
                parts.removeFirst(2)
            } else {
                // the namespace itself: namespaces/{name}[/status|finalize]
                path.resource = "namespaces"
                path.name = parts[1]
                path.subresource = parts.count > 2 ? parts[2] : nil
                path.namespace = nil
                return parts.count > 3 ? nil : .resource(path)
            }
        }
        guard parts.count <= 3 else { return nil }
        path.resource = parts[0]
        path.name = parts.count > 1 ? parts[1] : nil
        path.subresource = parts.count > 2 ? parts[2] : nil
        if path.name?.isEmpty == true || path.resource.isEmpty { return nil }
        return .resource(path)
    }
}

import KubeAPI

/// A resource's address: API group (`""` for core), version and plural resource name. Builds the
/// REST paths of its collection, objects and subresources.
public struct GroupVersionResource: Sendable, Hashable, CustomStringConvertible {
    public var group: String
    public var version: String
    public var resource: String

    public init(group: String, version: String, resource: String) {
        self.group = group
        self.version = version
        self.resource = resource
    }

    /// The address of a typed resource.
    public init<R: KubeResource>(_ type: R.Type) {
        self.init(group: R.group, version: R.version, resource: R.plural)
    }

    /// `v1` for the core group, otherwise `group/version`.
    public var apiVersion: String { group.isEmpty ? version : "\(group)/\(version)" }

    public var description: String { group.isEmpty ? "\(resource)/\(version)" : "\(resource).\(version).\(group)" }

    /// `/api/v1` or `/apis/group/version`.
    var prefix: String { group.isEmpty ? "/api/\(version)" : "/apis/\(group)/\(version)" }

    /// The path of the collection (in `namespace` when given), an object of it, or a subresource.
    func path(namespace: String?, name: String? = nil, subresource: String? = nil) -> String {
        var path = prefix
        if let namespace { path += "/namespaces/" + QueryEncoding.encode(namespace) }
        path += "/" + resource
        if let name { path += "/" + QueryEncoding.encode(name) }
        if let subresource { path += "/" + subresource }
        return path
    }
}

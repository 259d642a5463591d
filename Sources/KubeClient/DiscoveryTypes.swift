import KubeAPI

/// The server's `/version`.
public struct ServerVersion: Sendable, Hashable {
    public var major: String
    public var minor: String
    public var gitVersion: String
    public var platform: String?
}

/// One API group and the versions it serves (the core group is named `""`).
public struct APIGroupInfo: Sendable, Hashable {
    public var name: String
    /// `group/version` strings (`v1` for core), preferred first.
    public var versions: [String]
    public var preferredVersion: String
}

/// One resource of a group version, as discovery lists it. Subresources have a `/` in `name`.
public struct APIResourceInfo: Sendable, Hashable {
    public var name: String
    public var singularName: String
    public var namespaced: Bool
    public var kind: String
    public var verbs: [String]
    public var shortNames: [String]
    public var groupVersion: String

    /// The resource's address.
    public var groupVersionResource: GroupVersionResource {
        let parts = groupVersion.split(separator: "/", maxSplits: 1).map(String.init)
        return parts.count == 2
            ? GroupVersionResource(group: parts[0], version: parts[1], resource: name)
            : GroupVersionResource(group: "", version: groupVersion, resource: name)
    }

    init(json: JSONValue, groupVersion: String) {
        name = json["name"]?.stringValue ?? ""
        singularName = json["singularName"]?.stringValue ?? ""
        namespaced = json["namespaced"]?.boolValue ?? false
        kind = json["kind"]?.stringValue ?? ""
        verbs = json["verbs"]?.arrayValue?.compactMap(\.stringValue) ?? []
        shortNames = json["shortNames"]?.arrayValue?.compactMap(\.stringValue) ?? []
        self.groupVersion = groupVersion
    }
}

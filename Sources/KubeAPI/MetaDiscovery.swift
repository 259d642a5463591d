/// `v1 APIVersions`: the answer to `GET /api` (the core group's versions).
public struct APIVersions: KubeObject {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var versions: [String] { get { self[list: "versions"] } set { self[list: "versions"] = newValue } }
    public var serverAddressByClientCIDRs: [JSONValue] { get { self[list: "serverAddressByClientCIDRs"] } set { self[list: "serverAddressByClientCIDRs"] = newValue } }
}

/// `v1 APIGroupList`: the answer to `GET /apis`.
public struct APIGroupList: KubeObject {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var groups: [APIGroup] { get { self[list: "groups"] } set { self[list: "groups"] = newValue } }
}

/// `v1 APIGroup`: a group's versions and the one clients should prefer.
public struct APIGroup: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var name: String? { get { self[field: "name"] } set { self[field: "name"] = newValue } }
    public var versions: [GroupVersionForDiscovery] { get { self[list: "versions"] } set { self[list: "versions"] = newValue } }
    public var preferredVersion: GroupVersionForDiscovery { get { self[view: "preferredVersion"] } set { self[view: "preferredVersion"] = newValue } }
}

/// `v1 GroupVersionForDiscovery`: `groupVersion` is `group/version`.
public struct GroupVersionForDiscovery: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var groupVersion: String? { get { self[field: "groupVersion"] } set { self[field: "groupVersion"] = newValue } }
    public var version: String? { get { self[field: "version"] } set { self[field: "version"] = newValue } }
}

/// `v1 APIResourceList`: the answer to `GET /api/v1` or `GET /apis/{group}/{version}`.
public struct APIResourceList: KubeObject {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var groupVersion: String? { get { self[field: "groupVersion"] } set { self[field: "groupVersion"] = newValue } }
    public var resources: [APIResource] { get { self[list: "resources"] } set { self[list: "resources"] = newValue } }
}

/// `v1 APIResource`: one resource (or `resource/subresource`) served in a group version.
public struct APIResource: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var name: String? { get { self[field: "name"] } set { self[field: "name"] = newValue } }
    public var singularName: String? { get { self[field: "singularName"] } set { self[field: "singularName"] = newValue } }
    public var namespaced: Bool? { get { self[field: "namespaced"] } set { self[field: "namespaced"] = newValue } }
    public var kind: String? { get { self[field: "kind"] } set { self[field: "kind"] = newValue } }
    /// Set for subresources whose kind is in another group (`autoscaling` for `deployments/scale`).
    public var group: String? { get { self[field: "group"] } set { self[field: "group"] = newValue } }
    public var version: String? { get { self[field: "version"] } set { self[field: "version"] = newValue } }
    public var verbs: [String] { get { self[list: "verbs"] } set { self[list: "verbs"] = newValue } }
    public var shortNames: [String] { get { self[list: "shortNames"] } set { self[list: "shortNames"] = newValue } }
    public var categories: [String] { get { self[list: "categories"] } set { self[list: "categories"] = newValue } }
    public var storageVersionHash: String? { get { self[field: "storageVersionHash"] } set { self[field: "storageVersionHash"] = newValue } }
}

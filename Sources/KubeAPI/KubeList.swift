/// A list response (`PodList`, …): `metadata` and `items`, each item a view of type `Item`.
public struct KubeList<Item: JSONBacked>: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var apiVersion: String? { get { self[field: "apiVersion"] } set { self[field: "apiVersion"] = newValue } }
    public var kind: String? { get { self[field: "kind"] } set { self[field: "kind"] = newValue } }
    public var metadata: ListMeta { get { self[view: "metadata"] } set { self[view: "metadata"] = newValue } }
    public var items: [Item] { get { self[list: "items"] } set { json["items"] = .array(newValue.map(\.json)) } }
}

extension KubeList where Item: KubeResource {
    /// A list of `items` with `apiVersion` and `kind` (`{Kind}List`) set.
    public init(items: [Item], resourceVersion: String? = nil) {
        self.init(json: ["apiVersion": .string(Item.apiVersion), "kind": .string(Item.listKind)])
        self.items = items
        if let resourceVersion { metadata.resourceVersion = resourceVersion }
    }
}

import KubeAPI

/// The discovery documents (`/version`, `/api`, `/api/v1`, `/apis`, `/apis/G`, `/apis/G/V`) in
/// the shapes kube-apiserver v1.32 serves (unaggregated; kubectl falls back to them).
enum Discovery {
    static let version: JSONValue = [
        "major": "1", "minor": "32", "gitVersion": "v1.32.0-thaw", "gitCommit": "0000000000000000000000000000000000000000",
        "gitTreeState": "clean", "buildDate": "2026-01-01T00:00:00Z", "goVersion": "go1.23.4", "compiler": "gc",
        "platform": "linux/amd64",
    ]

    static func apiVersions(serverAddress: String) -> JSONValue {
        [
            "kind": "APIVersions", "versions": ["v1"],
            "serverAddressByClientCIDRs": [["clientCIDR": "0.0.0.0/0", "serverAddress": .string(serverAddress)]],
        ]
    }

    static func group(_ g: ResourceRegistry.Group) -> JSONValue {
        let versions: [JSONValue] = g.versions.map {
            ["groupVersion": .string("\(g.name)/\($0)"), "version": .string($0)]
        }
        return [
            "name": .string(g.name), "versions": .array(versions),
            "preferredVersion": versions.first ?? .null,
        ]
    }

    static func groupList(_ registry: ResourceRegistry) -> JSONValue {
        ["kind": "APIGroupList", "apiVersion": "v1", "groups": .array(registry.groups.map(group))]
    }

    static func apiGroup(_ registry: ResourceRegistry, name: String) -> JSONValue? {
        guard let g = registry.groups.first(where: { $0.name == name }) else { return nil }
        var doc = group(g)
        doc["kind"] = "APIGroup"
        doc["apiVersion"] = "v1"
        return doc
    }

    /// The APIResourceList of one group/version, or `nil` when nothing is served there.
    static func resourceList(_ registry: ResourceRegistry, group: String, version: String) -> JSONValue? {
        let types = registry.resources(group: group, version: version)
        guard !types.isEmpty else { return nil }
        var entries: [JSONValue] = []
        for t in types.sorted(by: { $0.plural < $1.plural }) {
            var entry: JSONValue = [
                "name": .string(t.plural), "singularName": .string(t.singular), "namespaced": .bool(t.namespaced),
                "kind": .string(t.kind), "verbs": .array(t.verbs.map(JSONValue.string)),
            ]
            if !t.shortNames.isEmpty { entry["shortNames"] = .array(t.shortNames.map(JSONValue.string)) }
            if !t.categories.isEmpty { entry["categories"] = .array(t.categories.map(JSONValue.string)) }
            entries.append(entry)
            for sub in t.subresourceNames {
                var s: JSONValue = [
                    "name": .string("\(t.plural)/\(sub)"), "singularName": "", "namespaced": .bool(t.namespaced),
                    "kind": .string(t.kind), "verbs": ["get", "patch", "update"],
                ]
                if sub == "scale" {
                    s["group"] = "autoscaling"
                    s["version"] = "v1"
                    s["kind"] = "Scale"
                }
                if sub == "finalize" { s["verbs"] = ["update"] }
                entries.append(s)
            }
        }
        var doc: JSONValue = [
            "kind": "APIResourceList", "groupVersion": .string(group.isEmpty ? version : "\(group)/\(version)"),
            "resources": .array(entries),
        ]
        if !group.isEmpty { doc["apiVersion"] = "v1" }
        return doc
    }
}

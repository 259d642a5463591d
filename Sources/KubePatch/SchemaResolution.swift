import KubeAPI

extension PatchStrategies {
    /// The built-in strategies for an object, found from its `kind` and `apiVersion` (`apps/v1`, `v1`).
    static func builtIn(for object: JSONValue?, apiVersion: String) -> PatchStrategies? {
        guard let kind = object?["kind"]?.stringValue else { return nil }
        let version = object?["apiVersion"]?.stringValue ?? apiVersion
        let group = version.firstIndex(of: "/").map { String(version[..<$0]) } ?? ""
        return builtIn(group: group, kind: kind)
    }
}

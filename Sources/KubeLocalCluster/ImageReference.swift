import Foundation

/// Container image names in the canonical form the container runtime reports
/// (`nginx` → `docker.io/library/nginx:latest`), so that every spelling of one image finds the same
/// registry entry and the same cached copy on a node.
public enum ImageReference {
    /// The fully qualified name: a registry host is added when the first path component is not one
    /// (no `.` or `:` and not `localhost`), `library/` for single-component Docker Hub names, and
    /// `:latest` when there is neither a tag nor a digest.
    public static func normalized(_ image: String) -> String {
        var name = image.trimmingCharacters(in: .whitespaces)
        let firstComponent = name.split(separator: "/", maxSplits: 1).first.map(String.init) ?? name
        let hasRegistry = name.contains("/")
            && (firstComponent.contains(".") || firstComponent.contains(":") || firstComponent == "localhost")
        if !hasRegistry {
            name = (name.contains("/") ? "docker.io/" : "docker.io/library/") + name
        }
        if !name.contains("@") {
            let lastComponent = name.split(separator: "/").last.map(String.init) ?? name
            if !lastComponent.contains(":") { name += ":latest" }
        }
        return name
    }

    /// The default pull policy when the container does not set one, as the API server defaults it:
    /// `Always` for `:latest` or untagged names, `IfNotPresent` otherwise (including digests).
    public static func defaultPullPolicyIsAlways(_ image: String) -> Bool {
        if image.contains("@") { return false }
        let lastComponent = image.split(separator: "/").last.map(String.init) ?? image
        guard let colon = lastComponent.lastIndex(of: ":") else { return true }
        return lastComponent[lastComponent.index(after: colon)...] == "latest"
    }
}

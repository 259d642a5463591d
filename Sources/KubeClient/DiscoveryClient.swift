import KubeAPI

/// What the server serves: its version, API groups, the resources of each group version, and the
/// resource of a kind. Answers are read from the server on every call (no cache).
public struct DiscoveryClient: Sendable {
    let transport: HTTPTransport

    func get(_ path: String) async throws -> JSONValue {
        try ResponseDecoding.json(try await transport.send(APIRequest(method: .GET, path: path)))
    }

    /// `/version`.
    public func serverVersion() async throws -> ServerVersion {
        let json = try await get("/version")
        return ServerVersion(major: json["major"]?.stringValue ?? "", minor: json["minor"]?.stringValue ?? "",
                             gitVersion: json["gitVersion"]?.stringValue ?? "", platform: json["platform"]?.stringValue)
    }

    /// The core group (from `/api`) followed by every group of `/apis`.
    public func groups() async throws -> [APIGroupInfo] {
        let core = try await get("/api")
        let coreVersions = core["versions"]?.arrayValue?.compactMap(\.stringValue) ?? ["v1"]
        var groups = [APIGroupInfo(name: "", versions: coreVersions, preferredVersion: coreVersions.first ?? "v1")]
        let list = try await get("/apis")
        for group in list["groups"]?.arrayValue ?? [] {
            let versions = group["versions"]?.arrayValue?.compactMap { $0["groupVersion"]?.stringValue } ?? []
            let preferred = group["preferredVersion"]?["groupVersion"]?.stringValue ?? versions.first ?? ""
            groups.append(APIGroupInfo(name: group["name"]?.stringValue ?? "", versions: versions, preferredVersion: preferred))
        }
        return groups
    }

    /// The resources (and subresources) of `groupVersion` (`v1`, `apps/v1`).
    public func resources(groupVersion: String) async throws -> [APIResourceInfo] {
        let path = groupVersion.contains("/") ? "/apis/\(groupVersion)" : "/api/\(groupVersion)"
        let list = try await get(path)
        return (list["resources"]?.arrayValue ?? []).map { APIResourceInfo(json: $0, groupVersion: groupVersion) }
    }

    /// The resource serving `kind` in `apiVersion` (`Deployment`, `apps/v1`), subresources excluded.
    /// - Throws: `KubeAPIError` with `isNotFound` when the group version or the kind is not served.
    public func resource(forKind kind: String, apiVersion: String) async throws -> APIResourceInfo {
        let resources = try await resources(groupVersion: apiVersion)
        guard let match = resources.first(where: { $0.kind == kind && !$0.name.contains("/") }) else {
            throw KubeAPIError(status: Status(code: 404, reason: .notFound,
                                              message: "no resource for kind \(kind) in \(apiVersion)"))
        }
        return match
    }
}

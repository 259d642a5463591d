import KubeAPI
import KubeLocal
import Testing

@Suite("Discovery")
struct DiscoveryTests {
    @Test func versionAndHealth() async throws {
        try await withServer { client, _ in
            let version = try await client.get("/version")
            #expect(version.status == 200)
            #expect(version.json["major"] == "1")
            #expect(version.json["gitVersion"]?.stringValue?.hasPrefix("v1.32") == true)
            for path in ["/healthz", "/readyz", "/livez"] {
                let r = try await client.get(path)
                #expect(r.status == 200 && r.text == "ok")
            }
        }
    }

    @Test func coreGroupListsResourcesWithShortNamesAndSubresources() async throws {
        try await withServer { client, _ in
            let api = try await client.get("/api")
            #expect(api.json["kind"] == "APIVersions")
            #expect(api.json["versions"] == ["v1"])
            let v1 = try await client.get("/api/v1").json
            #expect(v1["kind"] == "APIResourceList")
            #expect(v1["groupVersion"] == "v1")
            let resources = v1["resources"]?.arrayValue ?? []
            let pods = resources.first { $0["name"] == "pods" }
            #expect(pods?["shortNames"] == ["po"])
            #expect(pods?["categories"] == ["all"])
            #expect(pods?["namespaced"] == true)
            #expect(pods?["kind"] == "Pod")
            #expect(resources.contains { $0["name"] == "pods/status" })
            let ns = resources.first { $0["name"] == "namespaces" }
            #expect(ns?["namespaced"] == false)
            #expect(ns?["verbs"]?.arrayValue?.contains("deletecollection") == false)
        }
    }

    @Test func namedGroupsWithPreferredVersionAndScale() async throws {
        try await withServer { client, _ in
            let apis = try await client.get("/apis").json
            #expect(apis["kind"] == "APIGroupList")
            let apps = apis["groups"]?.arrayValue?.first { $0["name"] == "apps" }
            #expect(apps?["preferredVersion"]?["groupVersion"] == "apps/v1")
            let group = try await client.get("/apis/apps").json
            #expect(group["kind"] == "APIGroup")
            let list = try await client.get("/apis/apps/v1").json
            let scale = list["resources"]?.arrayValue?.first { $0["name"] == "deployments/scale" }
            #expect(scale?["kind"] == "Scale")
            #expect(scale?["group"] == "autoscaling")
            let deploy = list["resources"]?.arrayValue?.first { $0["name"] == "deployments" }
            #expect(deploy?["shortNames"] == ["deploy"])
            #expect(try await client.get("/apis/nope.example.com").status == 404)
            #expect(try await client.get("/apis/apps/v9").status == 404)
        }
    }

    @Test func openAPIEndpointsAnswer() async throws {
        try await withServer { client, _ in
            #expect(try await client.get("/openapi/v2").status == 200)
            let v3 = try await client.get("/openapi/v3")
            #expect(v3.status == 200)
            #expect(v3.json["paths"] != nil)
        }
    }
}

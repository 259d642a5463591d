import KubeAPI
import KubeLocal
import Testing

@Suite("Namespace deletion and garbage collection")
struct LifecycleTests {
    @Test func deletingANamespaceDeletesItsContentThenItself() async throws {
        try await withServer { client, _ in
            _ = try await client.post("/api/v1/namespaces", ["apiVersion": "v1", "kind": "Namespace", "metadata": ["name": "gone"]])
            let rv = try await client.post("/api/v1/namespaces/gone/configmaps", Fixtures.configMap("inside")).json["metadata"]?["resourceVersion"]?.stringValue ?? ""
            let deleting = try await client.delete("/api/v1/namespaces/gone")
            #expect(deleting.status == 200)
            #expect(deleting.json["status"]?["phase"] == "Terminating")
            let refused = try await client.post("/api/v1/namespaces/gone/configmaps", Fixtures.configMap("late"))
            #expect(refused.status == 403 || refused.status == 404)
            let events = try await client.watch("/api/v1/namespaces?watch=1&resourceVersion=\(rv)&fieldSelector=metadata.name%3Dgone") {
                $0.contains { $0["type"] == "DELETED" }
            }
            #expect(events.last?["type"] == "DELETED")
            #expect(try await client.get("/api/v1/namespaces/gone/configmaps/inside").status == 404)
        }
    }

    @Test func backgroundDeletionCollectsDependents() async throws {
        try await withServer { client, _ in
            let owner = try await client.post("/apis/apps/v1/namespaces/default/deployments", Fixtures.deployment("owner")).json
            var dependent = Fixtures.configMap("dependent")
            dependent[path: ["metadata", "ownerReferences"]] = [[
                "apiVersion": "apps/v1", "kind": "Deployment", "name": "owner",
                "uid": owner["metadata"]?["uid"] ?? "", "controller": true,
            ]]
            let rv = try await client.post("/api/v1/namespaces/default/configmaps", dependent).json["metadata"]?["resourceVersion"]?.stringValue ?? ""
            _ = try await client.delete("/apis/apps/v1/namespaces/default/deployments/owner")
            let events = try await client.watch("/api/v1/namespaces/default/configmaps?watch=1&resourceVersion=\(rv)") {
                $0.contains { $0["type"] == "DELETED" }
            }
            #expect(events.last?["object"]?["metadata"]?["name"] == "dependent")
        }
    }

    @Test func foregroundDeletionWaitsWithFinalizer() async throws {
        try await withServer { client, _ in
            _ = try await client.post("/apis/apps/v1/namespaces/default/deployments", Fixtures.deployment("fg"))
            let r = try await client.delete("/apis/apps/v1/namespaces/default/deployments/fg", ["propagationPolicy": "Foreground"])
            #expect(r.status == 200)
            // without dependents the collector soon removes the foregroundDeletion finalizer
            let rv = r.json["metadata"]?["resourceVersion"]?.stringValue ?? "0"
            let events = try await client.watch("/apis/apps/v1/namespaces/default/deployments?watch=1&resourceVersion=\(rv)") {
                $0.contains { $0["type"] == "DELETED" }
            }
            #expect(events.last?["type"] == "DELETED")
        }
    }
}

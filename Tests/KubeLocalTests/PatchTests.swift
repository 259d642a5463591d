import KubeAPI
import KubeLocal
import Testing

@Suite("PATCH")
struct PatchTests {
    let deploys = "/apis/apps/v1/namespaces/default/deployments"
    let cms = "/api/v1/namespaces/default/configmaps"

    @Test func mergePatch() async throws {
        try await withServer { client, _ in
            _ = try await client.post(cms, Fixtures.configMap("a", data: ["x": "1", "y": "2"]))
            let r = try await client.patch(cms + "/a", #"{"data":{"x":null,"z":"3"}}"#, type: "application/merge-patch+json")
            #expect(r.status == 200)
            #expect(r.json["data"] == ["y": "2", "z": "3"])
        }
    }

    @Test func jsonPatchWithFailingTestIs422() async throws {
        try await withServer { client, _ in
            _ = try await client.post(cms, Fixtures.configMap("a", data: ["x": "1"]))
            let ok = try await client.patch(cms + "/a", #"[{"op":"replace","path":"/data/x","value":"9"}]"#, type: "application/json-patch+json")
            #expect(ok.json["data"] == ["x": "9"])
            let failed = try await client.patch(cms + "/a", #"[{"op":"test","path":"/data/x","value":"0"}]"#, type: "application/json-patch+json")
            #expect(failed.status == 422)
            #expect(failed.json["kind"] == "Status")
        }
    }

    @Test func strategicMergePatchMergesContainersByName() async throws {
        try await withServer { client, _ in
            _ = try await client.post(deploys, Fixtures.deployment("web"))
            let patch = #"{"spec":{"template":{"spec":{"containers":[{"name":"sidecar","image":"busybox"}]}}}}"#
            let r = try await client.patch(deploys + "/web", patch, type: "application/strategic-merge-patch+json")
            #expect(r.status == 200)
            let names = (r.json[path: ["spec", "template", "spec", "containers"]]?.arrayValue ?? []).compactMap { $0["name"]?.stringValue }
            #expect(Set(names) == ["main", "sidecar"])
        }
    }

    @Test func strategicMergePatchOnCustomResourceIs415() async throws {
        try await withServer { client, _ in
            _ = try await client.post("/apis/apiextensions.k8s.io/v1/customresourcedefinitions", Fixtures.widgetCRD)
            let path = "/apis/example.com/v1/namespaces/default/widgets"
            _ = try await client.post(path, Fixtures.widget("w"))
            let r = try await client.patch(path + "/w", #"{"spec":{"color":"blue"}}"#, type: "application/strategic-merge-patch+json")
            #expect(r.status == 415)
        }
    }

    @Test func serverSideApplyCreatesThenConflictsWithAnotherManagerUnlessForced() async throws {
        try await withServer { client, _ in
            let config = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ssa\ndata:\n  k: a\n"
            let created = try await client.patch(cms + "/ssa?fieldManager=alice", config, type: "application/apply-patch+yaml")
            #expect(created.status == 201)
            let other = try await client.patch(cms + "/ssa?fieldManager=bob", #"{"data":{"k":"b"}}"#, type: "application/merge-patch+json")
            #expect(other.status == 200)
            let conflict = try await client.patch(cms + "/ssa?fieldManager=alice", config.replacingLast("a", "c"), type: "application/apply-patch+yaml")
            #expect(conflict.status == 409)
            #expect(conflict.json["reason"] == "Conflict")
            let cause = conflict.json["details"]?["causes"]?.arrayValue?.first
            #expect(cause?["reason"] == "FieldManagerConflict")
            #expect(cause?["field"] == ".data.k")
            let forced = try await client.patch(cms + "/ssa?fieldManager=alice&force=true", config.replacingLast("a", "c"), type: "application/apply-patch+yaml")
            #expect(forced.status == 200)
            #expect(forced.json["data"] == ["k": "c"])
        }
    }
}

extension String {
    /// The string with its last occurrence of `target` replaced.
    func replacingLast(_ target: Character, _ replacement: Character) -> String {
        guard let i = lastIndex(of: target) else { return self }
        var s = self
        s.replaceSubrange(i...i, with: String(replacement))
        return s
    }
}

import KubeAPI
import KubeLocal
import Testing

@Suite("CRUD")
struct CRUDTests {
    let cms = "/api/v1/namespaces/default/configmaps"

    @Test func createSetsServerFieldsAndGetReturnsIt() async throws {
        try await withServer { client, _ in
            let created = try await client.post(cms, Fixtures.configMap("a"))
            #expect(created.status == 201)
            let meta = created.json["metadata"]
            #expect(meta?["uid"]?.stringValue?.count == 36)
            #expect(meta?["namespace"] == "default")
            let ts = meta?["creationTimestamp"]?.stringValue ?? ""
            #expect(ts.count == 20 && ts.hasSuffix("Z"))
            #expect(meta?["resourceVersion"]?.stringValue != nil)
            #expect(meta?["managedFields"]?.arrayValue?.first?["manager"] != nil)
            let got = try await client.get(cms + "/a")
            #expect(got.status == 200)
            #expect(got.json["data"] == ["k": "v"])
            #expect(got.json["metadata"]?["uid"] == meta?["uid"])
        }
    }

    @Test func generateNameMakesFiveCharacterSuffix() async throws {
        try await withServer { client, _ in
            let body: JSONValue = ["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["generateName": "gen-"]]
            let created = try await client.post(cms, body)
            #expect(created.status == 201)
            let name = created.json["metadata"]?["name"]?.stringValue ?? ""
            #expect(name.hasPrefix("gen-") && name.count == 9)
            #expect(name.dropFirst(4).allSatisfy { "bcdfghjklmnpqrstvwxz2456789".contains($0) })
        }
    }

    @Test func resourceVersionsIncreaseGloballyAcrossKinds() async throws {
        try await withServer { client, _ in
            let a = try await client.post(cms, Fixtures.configMap("a")).json["metadata"]?["resourceVersion"]?.stringValue
            let b = try await client.post("/apis/apps/v1/namespaces/default/deployments", Fixtures.deployment("d")).json["metadata"]?["resourceVersion"]?.stringValue
            let c = try await client.post(cms, Fixtures.configMap("c")).json["metadata"]?["resourceVersion"]?.stringValue
            let versions = [a, b, c].compactMap { $0.flatMap { Int($0) } }
            #expect(versions.count == 3 && versions == versions.sorted() && Set(versions).count == 3)
        }
    }

    @Test func updateWithStaleVersionConflictsAndWithoutVersionIsUnconditional() async throws {
        try await withServer { client, _ in
            let created = try await client.post(cms, Fixtures.configMap("a")).json
            var first = created
            first["data"] = ["k": "one"]
            let ok = try await client.put(cms + "/a", first)
            #expect(ok.status == 200)
            var stale = created
            stale["data"] = ["k": "two"]
            let conflict = try await client.put(cms + "/a", stale)
            #expect(conflict.status == 409)
            #expect(conflict.json["reason"] == "Conflict")
            #expect(conflict.json["message"]?.stringValue?.contains("the object has been modified") == true)
            var unconditional = stale
            unconditional[path: ["metadata", "resourceVersion"]] = nil
            let forced = try await client.put(cms + "/a", unconditional)
            #expect(forced.status == 200)
            #expect(forced.json["data"] == ["k": "two"])
        }
    }

    @Test func generationCountsSpecChangesOnlyAndStatusIsSeparate() async throws {
        try await withServer { client, _ in
            let path = "/apis/apps/v1/namespaces/default/deployments"
            var d = Fixtures.deployment("web")
            d["status"] = ["replicas": 9]
            let created = try await client.post(path, d).json
            #expect(created["metadata"]?["generation"] == 1)
            #expect(created["status"] == nil)
            // label change: no bump
            let labeled = try await client.patch(path + "/web", #"{"metadata":{"labels":{"x":"y"}}}"#, type: "application/merge-patch+json").json
            #expect(labeled["metadata"]?["generation"] == 1)
            // status through the main endpoint is ignored
            let ignored = try await client.patch(path + "/web", #"{"status":{"replicas":3}}"#, type: "application/merge-patch+json").json
            #expect(ignored["status"] == nil)
            // status endpoint changes only status
            let status = try await client.patch(path + "/web/status", #"{"status":{"replicas":3},"spec":{"replicas":7}}"#, type: "application/merge-patch+json").json
            #expect(status["status"]?["replicas"] == 3)
            #expect(status["spec"]?["replicas"] == 1)
            #expect(status["metadata"]?["generation"] == 1)
            // spec change bumps
            let scaled = try await client.patch(path + "/web", #"{"spec":{"replicas":2}}"#, type: "application/merge-patch+json").json
            #expect(scaled["metadata"]?["generation"] == 2)
        }
    }

    @Test func deleteAnswersSuccessStatusAndRemovesObject() async throws {
        try await withServer { client, _ in
            _ = try await client.post(cms, Fixtures.configMap("a"))
            let deleted = try await client.delete(cms + "/a")
            #expect(deleted.status == 200)
            #expect(deleted.json["status"] == "Success")
            #expect(deleted.json["details"]?["name"] == "a")
            #expect(try await client.get(cms + "/a").status == 404)
        }
    }

    @Test func finalizersHoldDeletionUntilRemoved() async throws {
        try await withServer { client, _ in
            var cm = Fixtures.configMap("held")
            cm[path: ["metadata", "finalizers"]] = ["example.com/hold"]
            _ = try await client.post(cms, cm)
            let deleting = try await client.delete(cms + "/held")
            #expect(deleting.status == 200)
            #expect(deleting.json["metadata"]?["deletionTimestamp"] != nil)
            #expect(try await client.get(cms + "/held").status == 200)
            let released = try await client.patch(cms + "/held", #"{"metadata":{"finalizers":null}}"#, type: "application/merge-patch+json")
            #expect(released.status == 200)
            #expect(try await client.get(cms + "/held").status == 404)
        }
    }

    @Test func deletePreconditionMismatchConflicts() async throws {
        try await withServer { client, _ in
            _ = try await client.post(cms, Fixtures.configMap("a"))
            let r = try await client.delete(cms + "/a", ["kind": "DeleteOptions", "apiVersion": "v1", "preconditions": ["uid": "nope"]])
            #expect(r.status == 409)
            #expect(r.json["message"]?.stringValue?.contains("Precondition failed: UID in precondition: nope") == true)
        }
    }

    @Test func clusterScopedAndAllNamespaceLists() async throws {
        try await withServer { client, _ in
            let ns = try await client.post("/api/v1/namespaces", ["apiVersion": "v1", "kind": "Namespace", "metadata": ["name": "team"]])
            #expect(ns.status == 201)
            #expect(ns.json["status"]?["phase"] == "Active")
            _ = try await client.post(cms, Fixtures.configMap("a"))
            _ = try await client.post("/api/v1/namespaces/team/configmaps", Fixtures.configMap("b"))
            let all = try await client.get("/api/v1/configmaps").json
            #expect(all["kind"] == "ConfigMapList")
            let names = (all["items"]?.arrayValue ?? []).compactMap { $0["metadata"]?["name"]?.stringValue }
            #expect(names == ["a", "b"])
            let namespaces = try await client.get("/api/v1/namespaces").json["items"]?.arrayValue?.count ?? 0
            #expect(namespaces == 5)
        }
    }

    @Test func yamlBodiesAreAccepted() async throws {
        try await withServer { client, _ in
            let yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: fromyaml\ndata:\n  x: \"1\"\n"
            let r = try await client.request(.POST, cms, body: yaml, contentType: "application/yaml")
            #expect(r.status == 201)
            #expect(r.json["data"] == ["x": "1"])
        }
    }

    @Test func scaleSubresourceReadsAndWritesReplicas() async throws {
        try await withServer { client, _ in
            let path = "/apis/apps/v1/namespaces/default/deployments"
            _ = try await client.post(path, Fixtures.deployment("web", replicas: 2))
            let scale = try await client.get(path + "/web/scale").json
            #expect(scale["kind"] == "Scale")
            #expect(scale["apiVersion"] == "autoscaling/v1")
            #expect(scale["spec"]?["replicas"] == 2)
            #expect(scale["status"]?["selector"] == "app=web")
            let patched = try await client.patch(path + "/web/scale", #"{"spec":{"replicas":5}}"#, type: "application/merge-patch+json")
            #expect(patched.json["spec"]?["replicas"] == 5)
            #expect(try await client.get(path + "/web").json["spec"]?["replicas"] == 5)
        }
    }

    @Test func servicesGetDistinctClusterIPsAndNodePorts() async throws {
        try await withServer { client, _ in
            let path = "/api/v1/namespaces/default/services"
            func service(_ name: String, _ type: String) -> JSONValue {
                ["apiVersion": "v1", "kind": "Service", "metadata": ["name": .string(name)],
                 "spec": ["type": .string(type), "ports": [["port": 80]]]]
            }
            let a = try await client.post(path, service("a", "ClusterIP")).json
            let b = try await client.post(path, service("b", "NodePort")).json
            let ipA = a["spec"]?["clusterIP"]?.stringValue ?? ""
            let ipB = b["spec"]?["clusterIP"]?.stringValue ?? ""
            #expect(ipA.hasPrefix("10.96.") && ipB.hasPrefix("10.96.") && ipA != ipB)
            #expect(b["spec"]?["ports"]?.arrayValue?.first?["nodePort"] == 30000)
            #expect(a["spec"]?["ports"]?.arrayValue?.first?["targetPort"] == 80)
        }
    }

    @Test func eventsOfBothAPIsShareOneStorage() async throws {
        try await withServer { client, _ in
            let event: JSONValue = [
                "apiVersion": "events.k8s.io/v1", "kind": "Event", "metadata": ["name": "e1"],
                "eventTime": "2026-11-23T12:00:00.000000Z", "reportingController": "thaw/test", "reportingInstance": "i",
                "action": "Pulled", "reason": "Pulled", "type": "Normal", "note": "image pulled",
                "regarding": ["kind": "Pod", "name": "p", "namespace": "default"],
            ]
            let created = try await client.post("/apis/events.k8s.io/v1/namespaces/default/events", event)
            #expect(created.status == 201)
            #expect(created.json["note"] == "image pulled")
            let core = try await client.get("/api/v1/namespaces/default/events/e1").json
            #expect(core["apiVersion"] == "v1")
            #expect(core["message"] == "image pulled")
            #expect(core["involvedObject"]?["name"] == "p")
            let selected = try await client.get("/apis/events.k8s.io/v1/namespaces/default/events?fieldSelector=regarding.name%3Dp").json
            #expect(selected["items"]?.arrayValue?.count == 1)
            #expect(selected["items"]?.arrayValue?.first?["regarding"]?["kind"] == "Pod")
            let none = try await client.get("/api/v1/namespaces/default/events?fieldSelector=involvedObject.name%3Dq").json
            #expect(none["items"]?.arrayValue?.isEmpty == true)
        }
    }

    @Test func bindingAssignsAPodToANodeOnce() async throws {
        try await withServer { client, _ in
            let pods = "/api/v1/namespaces/default/pods"
            _ = try await client.post(pods, ["apiVersion": "v1", "kind": "Pod", "metadata": ["name": "p"], "spec": ["containers": [["name": "c", "image": "x"]]]])
            let binding: JSONValue = ["apiVersion": "v1", "kind": "Binding", "metadata": ["name": "p"], "target": ["kind": "Node", "name": "n1"]]
            let r = try await client.request(.POST, pods + "/p/binding", json: binding)
            #expect(r.status == 201)
            let pod = try await client.get(pods + "/p").json
            #expect(pod["spec"]?["nodeName"] == "n1")
            #expect(pod["status"]?["conditions"]?.arrayValue?.first?["type"] == "PodScheduled")
            let again = try await client.request(.POST, pods + "/p/binding", json: binding)
            #expect(again.status == 409)
        }
    }
}

/// kube-apiserver's `RetryGenerateName`: a generated name that is taken is drawn again.
@Suite struct GenerateNameRetryTests {
    let cms = "/api/v1/namespaces/default/configmaps"

    @Test func aTakenGeneratedNameIsDrawnAgain() async throws {
        let generated: JSONValue = ["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["generateName": "gen-"]]
        // Same seed, same draws: the first server shows which names the second will generate.
        let (first, second) = try await withServer { client, _ in
            #expect(try await client.post(cms, Fixtures.configMap("seedling")).status == 201)
            let first = try await client.post(cms, generated).json["metadata"]?["name"]?.stringValue ?? ""
            let second = try await client.post(cms, generated).json["metadata"]?["name"]?.stringValue ?? ""
            return (first, second)
        }
        #expect(first.hasPrefix("gen-") && second.hasPrefix("gen-") && first != second)
        try await withServer { client, _ in
            // Takes the name the next generateName create draws first (the same draws as "seedling").
            #expect(try await client.post(cms, Fixtures.configMap(first)).status == 201)
            let created = try await client.post(cms, generated)
            #expect(created.status == 201)
            #expect(created.json["metadata"]?["name"]?.stringValue == second)
        }
    }

    @Test func anExplicitNameIsNeverReplaced() async throws {
        try await withServer { client, _ in
            #expect(try await client.post(cms, Fixtures.configMap("taken")).status == 201)
            var body = Fixtures.configMap("taken")
            body[path: ["metadata", "generateName"]] = "gen-"
            let again = try await client.post(cms, body)
            #expect(again.status == 409)
            #expect(again.json["reason"]?.stringValue == "AlreadyExists")
        }
    }
}

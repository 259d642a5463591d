import KubeAPI
import KubeLocal
import Testing

@Suite("CustomResourceDefinitions")
struct CRDTests {
    let crds = "/apis/apiextensions.k8s.io/v1/customresourcedefinitions"
    let widgets = "/apis/example.com/v1/namespaces/default/widgets"

    @Test func creatingACRDServesItsResourceAndEstablishesIt() async throws {
        try await withServer { client, _ in
            #expect(try await client.get(widgets).status == 404)
            let created = try await client.post(crds, Fixtures.widgetCRD)
            #expect(created.status == 201)
            let crd = try await client.get(crds + "/widgets.example.com").json
            let conditions = (crd["status"]?["conditions"]?.arrayValue ?? []).filter { $0["status"] == "True" }.compactMap { $0["type"]?.stringValue }
            #expect(Set(conditions) == ["NamesAccepted", "Established"])
            #expect(crd["status"]?["acceptedNames"]?["kind"] == "Widget")
            let discovery = try await client.get("/apis/example.com/v1").json
            let entry = discovery["resources"]?.arrayValue?.first { $0["name"] == "widgets" }
            #expect(entry?["shortNames"] == ["wd"])
            #expect(entry?["categories"] == ["all"])
            #expect(discovery["resources"]?.arrayValue?.contains { $0["name"] == "widgets/scale" } == true)
            #expect(try await client.get(widgets).status == 200)
        }
    }

    @Test func validationDefaultingAndPruning() async throws {
        try await withServer { client, _ in
            _ = try await client.post(crds, Fixtures.widgetCRD)
            var w = Fixtures.widget("w")
            w[path: ["spec", "unknown"]] = "dropped"
            w[path: ["spec", "free"]] = ["anything": ["goes": 1]]
            let created = try await client.post(widgets, w)
            #expect(created.status == 201)
            #expect(created.json["spec"]?["unknown"] == nil)
            #expect(created.json["spec"]?["free"] == ["anything": ["goes": 1]])
            #expect(created.json["spec"]?["replicas"] == 1)
            #expect(created.json["metadata"]?["generation"] == 1)
            let bad = try await client.post(widgets, Fixtures.widget("b", color: "green"))
            #expect(bad.status == 422)
            #expect(bad.json["reason"] == "Invalid")
            let cause = bad.json["details"]?["causes"]?.arrayValue?.first
            #expect(cause?["field"] == "spec.color")
            #expect(cause?["reason"] == "FieldValueNotSupported")
        }
    }

    @Test func statusAndScaleSubresources() async throws {
        try await withServer { client, _ in
            _ = try await client.post(crds, Fixtures.widgetCRD)
            _ = try await client.post(widgets, Fixtures.widget("w"))
            let status = try await client.patch(widgets + "/w/status", #"{"status":{"replicas":2,"selector":"app=w"}}"#, type: "application/merge-patch+json")
            #expect(status.json["status"]?["replicas"] == 2)
            #expect(status.json["metadata"]?["generation"] == 1)
            let scale = try await client.get(widgets + "/w/scale").json
            #expect(scale["spec"]?["replicas"] == 1)
            #expect(scale["status"]?["replicas"] == 2)
            #expect(scale["status"]?["selector"] == "app=w")
            var newScale = scale
            newScale[path: ["spec", "replicas"]] = 4
            let put = try await client.put(widgets + "/w/scale", newScale)
            #expect(put.status == 200)
            let w = try await client.get(widgets + "/w").json
            #expect(w["spec"]?["replicas"] == 4)
            #expect(w["metadata"]?["generation"] == 2)
        }
    }

    @Test func printerColumnsInTables() async throws {
        try await withServer { client, _ in
            _ = try await client.post(crds, Fixtures.widgetCRD)
            _ = try await client.post(widgets, Fixtures.widget("w", color: "blue"))
            let r = try await client.get(widgets, headers: [("Accept", "application/json;as=Table;v=v1;g=meta.k8s.io")])
            #expect((r.json["columnDefinitions"]?.arrayValue ?? []).compactMap { $0["name"]?.stringValue } == ["Name", "Replicas", "Color"])
            #expect(r.json["rows"]?.arrayValue?.first?["cells"] == ["w", 1, "blue"])
        }
    }

    @Test func invalidCRDIsRejectedAndDeletionRemovesResourcesAndObjects() async throws {
        try await withServer { client, _ in
            var bad = Fixtures.widgetCRD
            bad[path: ["metadata", "name"]] = "wrong.example.com"
            let r = try await client.post(crds, bad)
            #expect(r.status == 422)
            #expect(r.json["details"]?["causes"]?.arrayValue?.first?["field"] == "metadata.name")
            _ = try await client.post(crds, Fixtures.widgetCRD)
            _ = try await client.post(widgets, Fixtures.widget("w"))
            let deleted = try await client.delete(crds + "/widgets.example.com")
            #expect(deleted.status == 200)
            #expect(try await client.get(widgets).status == 404)
            #expect(try await client.get("/apis/example.com/v1").status == 404)
            _ = try await client.post(crds, Fixtures.widgetCRD)
            #expect(try await client.get(widgets).json["items"] == [])
        }
    }

    @Test func secondServedVersionRewritesAPIVersionOfStoredObjects() async throws {
        try await withServer { client, _ in
            var crd = Fixtures.widgetCRD
            var v1 = crd[path: ["spec", "versions"]]?.arrayValue?.first ?? .null
            var v2 = v1
            v2["name"] = "v2"
            v2["storage"] = false
            v1["storage"] = true
            crd[path: ["spec", "versions"]] = [v1, v2]
            #expect(try await client.post(crds, crd).status == 201)
            let created = try await client.post("/apis/example.com/v2/namespaces/default/widgets", ["apiVersion": "example.com/v2", "kind": "Widget", "metadata": ["name": "w"], "spec": ["color": "red"]])
            #expect(created.status == 201)
            #expect(created.json["apiVersion"] == "example.com/v2")
            #expect(try await client.get(widgets + "/w").json["apiVersion"] == "example.com/v1")
            let group = try await client.get("/apis/example.com").json
            #expect(group["preferredVersion"]?["version"] == "v2")
        }
    }

    @Test func strictFieldValidationRejectsUnknownFields() async throws {
        try await withServer { client, _ in
            _ = try await client.post(crds, Fixtures.widgetCRD)
            var w = Fixtures.widget("w")
            w[path: ["spec", "extra"]] = 1
            let r = try await client.post(widgets + "?fieldValidation=Strict", w)
            #expect(r.status == 400)
            #expect(r.json["message"]?.stringValue?.hasSuffix(#"strict decoding error: unknown field "spec.extra""#) == true)
            #expect(try await client.post(widgets + "?fieldValidation=Ignore", w).status == 201)
        }
    }

    @Test func warnFieldValidationNamesUnknownFieldsInWarningHeaders() async throws {
        try await withServer { client, _ in
            _ = try await client.post(crds, Fixtures.widgetCRD)
            var w = Fixtures.widget("w")
            w[path: ["spec", "extra"]] = 1
            let r = try await client.post(widgets + "?fieldValidation=Warn", w)
            #expect(r.status == 201)
            #expect(r.headers["Warning"] == [#"299 - "unknown field \"spec.extra\"""#])
            #expect(r.json["spec"]?["extra"] == nil)
            #expect(try await client.post(widgets + "?fieldValidation=Ignore", Fixtures.widget("v")).headers["Warning"].isEmpty)
        }
    }
}

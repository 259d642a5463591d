import KubeAPI
import KubeLocal
import Testing

@Suite("Errors as Status")
struct ErrorTests {
    let cms = "/api/v1/namespaces/default/configmaps"

    func expectStatus(_ r: TestResponse, _ code: Int, _ reason: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.status == code, sourceLocation: sourceLocation)
        #expect(r.json["kind"] == "Status", sourceLocation: sourceLocation)
        #expect(r.json["status"] == "Failure", sourceLocation: sourceLocation)
        #expect(r.json["reason"] == .string(reason), sourceLocation: sourceLocation)
        #expect(r.json["code"] == .int(Int64(code)), sourceLocation: sourceLocation)
    }

    @Test func notFoundNamesTheResource() async throws {
        try await withServer { client, _ in
            let r = try await client.get(cms + "/missing")
            expectStatus(r, 404, "NotFound")
            #expect(r.json["message"] == #"configmaps "missing" not found"#)
            #expect(r.json["details"] == ["name": "missing", "kind": "configmaps"])
            let grouped = try await client.get("/apis/apps/v1/namespaces/default/deployments/x")
            #expect(grouped.json["message"] == #"deployments.apps "x" not found"#)
        }
    }

    @Test func unknownResourceIs404WithTheRealMessage() async throws {
        try await withServer { client, _ in
            let r = try await client.get("/api/v1/foos")
            expectStatus(r, 404, "NotFound")
            #expect(r.json["message"] == "the server could not find the requested resource")
            expectStatus(try await client.get("/apis/example.com/v1/things"), 404, "NotFound")
        }
    }

    @Test func alreadyExists() async throws {
        try await withServer { client, _ in
            _ = try await client.post(cms, Fixtures.configMap("a"))
            let r = try await client.post(cms, Fixtures.configMap("a"))
            expectStatus(r, 409, "AlreadyExists")
            #expect(r.json["message"] == #"configmaps "a" already exists"#)
        }
    }

    @Test func malformedJSONAndYAMLAreBadRequests() async throws {
        try await withServer { client, _ in
            expectStatus(try await client.request(.POST, cms, body: "{not json"), 400, "BadRequest")
            expectStatus(try await client.request(.POST, cms, body: "a: [b", contentType: "application/yaml"), 400, "BadRequest")
        }
    }

    @Test func kindAndNameMismatchesAreBadRequests() async throws {
        try await withServer { client, _ in
            var secret = Fixtures.configMap("a")
            secret["kind"] = "Secret"
            expectStatus(try await client.post(cms, secret), 400, "BadRequest")
            _ = try await client.post(cms, Fixtures.configMap("a"))
            let r = try await client.put(cms + "/a", Fixtures.configMap("b"))
            expectStatus(r, 400, "BadRequest")
            #expect(r.json["message"] == "the name of the object (b) does not match the name on the URL (a)")
            var elsewhere = Fixtures.configMap("c")
            elsewhere[path: ["metadata", "namespace"]] = "other"
            expectStatus(try await client.post(cms, elsewhere), 400, "BadRequest")
        }
    }

    @Test func invalidNamesAre422WithFieldCauses() async throws {
        try await withServer { client, _ in
            let r = try await client.post(cms, Fixtures.configMap("Bad_Name"))
            expectStatus(r, 422, "Invalid")
            #expect(r.json["details"]?["kind"] == "ConfigMap")
            let cause = r.json["details"]?["causes"]?.arrayValue?.first
            #expect(cause?["field"] == "metadata.name")
            #expect(cause?["reason"] == "FieldValueInvalid")
            #expect(r.json["message"]?.stringValue?.hasPrefix(#"ConfigMap "Bad_Name" is invalid: metadata.name: Invalid value: "Bad_Name": a lowercase RFC 1123 subdomain"#) == true)
            // namespaces must be DNS-1123 labels
            let ns = try await client.post("/api/v1/namespaces", ["apiVersion": "v1", "kind": "Namespace", "metadata": ["name": "a.b"]])
            expectStatus(ns, 422, "Invalid")
        }
    }

    @Test func missingNamespaceIs404() async throws {
        try await withServer { client, _ in
            let r = try await client.post("/api/v1/namespaces/nowhere/configmaps", Fixtures.configMap("a"))
            expectStatus(r, 404, "NotFound")
            #expect(r.json["message"] == #"namespaces "nowhere" not found"#)
        }
    }

    @Test func bodyOver3MiBIs413() async throws {
        try await withServer { client, _ in
            let big = String(repeating: "x", count: 3 * 1024 * 1024 + 10)
            let r = try await client.post(cms, Fixtures.configMap("big", data: ["k": .string(big)]))
            expectStatus(r, 413, "RequestEntityTooLarge")
        }
    }

    @Test func unsupportedMediaTypeIs415() async throws {
        try await withServer { client, _ in
            expectStatus(try await client.request(.POST, cms, body: "x", contentType: "text/plain"), 415, "UnsupportedMediaType")
            _ = try await client.post(cms, Fixtures.configMap("a"))
            expectStatus(try await client.patch(cms + "/a", "{}", type: "application/json"), 415, "UnsupportedMediaType")
        }
    }

    @Test func methodNotAllowedIs405() async throws {
        try await withServer { client, _ in
            expectStatus(try await client.request(.POST, cms + "/a", json: Fixtures.configMap("a")), 405, "MethodNotAllowed")
            expectStatus(try await client.request(.PUT, cms, json: Fixtures.configMap("a")), 405, "MethodNotAllowed")
            expectStatus(try await client.request(.DELETE, "/api/v1/namespaces"), 405, "MethodNotAllowed")
        }
    }

    @Test func unsupportedFieldSelectorIs400() async throws {
        try await withServer { client, _ in
            let r = try await client.get("/api/v1/pods?fieldSelector=spec.bogus%3Dx")
            expectStatus(r, 400, "BadRequest")
            #expect(r.json["message"]?.stringValue?.contains("field label not supported: spec.bogus") == true)
        }
    }
}

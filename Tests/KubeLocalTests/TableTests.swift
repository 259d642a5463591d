import KubeAPI
import KubeLocal
import Testing

@Suite("Table responses")
struct TableTests {
    let tableAccept = [("Accept", "application/json;as=Table;v=v1;g=meta.k8s.io,application/json")]

    @Test func podTableHasKubectlColumns() async throws {
        try await withServer { client, _ in
            let pod: JSONValue = ["apiVersion": "v1", "kind": "Pod", "metadata": ["name": "p"], "spec": ["containers": [["name": "c", "image": "x"]]]]
            _ = try await client.post("/api/v1/namespaces/default/pods", pod)
            let r = try await client.get("/api/v1/namespaces/default/pods", headers: tableAccept)
            #expect(r.json["kind"] == "Table")
            #expect(r.headers.first(name: "Content-Type")?.contains("as=Table") == true)
            let columns = (r.json["columnDefinitions"]?.arrayValue ?? []).filter { $0["priority"] == 0 }.compactMap { $0["name"]?.stringValue }
            #expect(columns == ["Name", "Ready", "Status", "Restarts", "Age"])
            let cells = r.json["rows"]?.arrayValue?.first?["cells"]?.arrayValue ?? []
            #expect(cells.prefix(3) == ["p", "0/1", "Pending"])
            #expect(r.json["rows"]?.arrayValue?.first?["object"]?["kind"] == "PartialObjectMetadata")
        }
    }

    @Test func includeObjectAndGenericColumns() async throws {
        try await withServer { client, _ in
            _ = try await client.post("/apis/coordination.k8s.io/v1/namespaces/default/leases", ["apiVersion": "coordination.k8s.io/v1", "kind": "Lease", "metadata": ["name": "l"], "spec": ["holderIdentity": "me"]])
            let r = try await client.get("/apis/coordination.k8s.io/v1/namespaces/default/leases/l?includeObject=Object", headers: tableAccept)
            #expect(r.json["rows"]?.arrayValue?.first?["cells"]?.arrayValue?.prefix(2) == ["l", "me"])
            #expect(r.json["rows"]?.arrayValue?.first?["object"]?["kind"] == "Lease")
            _ = try await client.post("/api/v1/namespaces/default/serviceaccounts", ["apiVersion": "v1", "kind": "ServiceAccount", "metadata": ["name": "sa"]])
            let none = try await client.get("/api/v1/namespaces/default/serviceaccounts?includeObject=None", headers: tableAccept)
            #expect(none.json["rows"]?.arrayValue?.first?["object"] == nil)
            _ = try await client.post("/apis/apiextensions.k8s.io/v1/customresourcedefinitions", Fixtures.widgetCRD)
            let crds = try await client.get("/apis/apiextensions.k8s.io/v1/customresourcedefinitions", headers: tableAccept)
            #expect((crds.json["columnDefinitions"]?.arrayValue ?? []).compactMap { $0["name"]?.stringValue } == ["Name", "Created At"])
        }
    }
}

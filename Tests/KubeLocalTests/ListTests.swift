import KubeAPI
import KubeLocal
import Testing

@Suite("List, pagination and selectors")
struct ListTests {
    let cms = "/api/v1/namespaces/default/configmaps"

    func names(_ r: TestResponse) -> [String] {
        (r.json["items"]?.arrayValue ?? []).compactMap { $0["metadata"]?["name"]?.stringValue }
    }

    @Test func limitAndContinueWalkEveryItemOnce() async throws {
        try await withServer { client, _ in
            for i in 0..<7 { _ = try await client.post(cms, Fixtures.configMap("cm\(i)")) }
            var seen: [String] = []
            var token = ""
            var pages = 0
            repeat {
                let r = try await client.get(cms + "?limit=3" + (token.isEmpty ? "" : "&continue=\(token)"))
                seen += names(r)
                token = r.json["metadata"]?["continue"]?.stringValue ?? ""
                pages += 1
            } while !token.isEmpty && pages < 10
            #expect(pages == 3)
            #expect(seen == (0..<7).map { "cm\($0)" })
        }
    }

    @Test func listReportsRemainingItemCountAndResourceVersion() async throws {
        try await withServer { client, _ in
            for i in 0..<5 { _ = try await client.post(cms, Fixtures.configMap("cm\(i)")) }
            let r = try await client.get(cms + "?limit=2")
            #expect(r.json["metadata"]?["remainingItemCount"] == 3)
            #expect(r.json["metadata"]?["resourceVersion"]?.stringValue != nil)
        }
    }

    @Test func labelSelectorOperators() async throws {
        try await withServer { client, _ in
            _ = try await client.post(cms, Fixtures.configMap("a", labels: ["env": "prod", "tier": "web"]))
            _ = try await client.post(cms, Fixtures.configMap("b", labels: ["env": "dev"]))
            _ = try await client.post(cms, Fixtures.configMap("c"))
            func select(_ s: String) async throws -> [String] {
                names(try await client.get(cms + "?labelSelector=" + s))
            }
            #expect(try await select("env%3Dprod") == ["a"])
            #expect(try await select("env%3D%3Dprod") == ["a"])
            #expect(try await select("env!%3Dprod") == ["b", "c"])
            #expect(try await select("env%20in%20(prod,dev)") == ["a", "b"])
            #expect(try await select("env%20notin%20(prod)") == ["b", "c"])
            #expect(try await select("tier") == ["a"])
            #expect(try await select("!tier") == ["b", "c"])
        }
    }

    @Test func fieldSelectorsOnPods() async throws {
        try await withServer { client, _ in
            let pods = "/api/v1/namespaces/default/pods"
            for (name, node) in [("p1", "n1"), ("p2", "n2")] {
                let pod: JSONValue = ["apiVersion": "v1", "kind": "Pod", "metadata": ["name": .string(name)],
                                      "spec": ["nodeName": .string(node), "containers": [["name": "c", "image": "busybox"]]]]
                _ = try await client.post(pods, pod)
            }
            _ = try await client.post(pods, ["apiVersion": "v1", "kind": "Pod", "metadata": ["name": "p3"], "spec": ["containers": [["name": "c", "image": "x"]]]])
            #expect(names(try await client.get(pods + "?fieldSelector=spec.nodeName%3Dn1")) == ["p1"])
            #expect(names(try await client.get(pods + "?fieldSelector=spec.nodeName%3D")) == ["p3"])
            #expect(names(try await client.get(pods + "?fieldSelector=status.phase%3DPending,metadata.name!%3Dp2")) == ["p1", "p3"])
        }
    }

    @Test func futureResourceVersionIs504AndExactPastIs410() async throws {
        try await withServer { client, _ in
            let r = try await client.get(cms + "?resourceVersion=999999")
            #expect(r.status == 504)
            #expect(r.json["reason"] == "Timeout")
        }
    }
}

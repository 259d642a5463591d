import KubeAPI
import KubeLocal
import Testing

@Suite("Watch")
struct WatchTests {
    let cms = "/api/v1/namespaces/default/configmaps"

    @Test func watchFromVersionDeliversEveryLaterChangeInOrder() async throws {
        try await withServer { client, _ in
            let start = try await client.post(cms, Fixtures.configMap("a")).json["metadata"]?["resourceVersion"]?.stringValue ?? ""
            _ = try await client.patch(cms + "/a", #"{"data":{"k":"2"}}"#, type: "application/merge-patch+json")
            _ = try await client.post(cms, Fixtures.configMap("b"))
            _ = try await client.delete(cms + "/a")
            let events = try await client.watch(cms + "?watch=1&resourceVersion=\(start)") { $0.count >= 3 }
            #expect(events.map { $0["type"]?.stringValue ?? "" } == ["MODIFIED", "ADDED", "DELETED"])
            #expect(events.map { $0["object"]?["metadata"]?["name"]?.stringValue ?? "" } == ["a", "b", "a"])
            let versions = events.compactMap { $0["object"]?["metadata"]?["resourceVersion"]?.stringValue.flatMap { Int($0) } }
            #expect(versions == versions.sorted() && versions.count == 3)
        }
    }

    @Test func watchWithoutVersionStartsWithSyntheticAdds() async throws {
        try await withServer { client, _ in
            _ = try await client.post(cms, Fixtures.configMap("a"))
            _ = try await client.post(cms, Fixtures.configMap("b"))
            let events = try await client.watch("/api/v1/watch/namespaces/default/configmaps") { $0.count >= 2 }
            #expect(events.map { $0["type"] } == ["ADDED", "ADDED"])
        }
    }

    @Test func bookmarksArriveWhenAllowed() async throws {
        try await withServer { client, _ in
            let rv = try await client.post(cms, Fixtures.configMap("a")).json["metadata"]?["resourceVersion"]?.stringValue ?? ""
            let events = try await client.watch(cms + "?watch=1&resourceVersion=\(rv)&allowWatchBookmarks=true") {
                $0.contains { $0["type"] == "BOOKMARK" }
            }
            let bookmark = events.first { $0["type"] == "BOOKMARK" }
            #expect(bookmark?["object"]?["kind"] == "ConfigMap")
            #expect(bookmark?["object"]?["metadata"]?["resourceVersion"] == .string(rv))
        }
    }

    @Test func bookmarksCarryTheProgressPastChangesTheSelectorFilteredOut() async throws {
        try await withServer { client, _ in
            let start = try await client.post(cms, Fixtures.configMap("a")).json["metadata"]?["resourceVersion"]?.stringValue ?? ""
            let later = try await client.post(cms, Fixtures.configMap("b")).json["metadata"]?["resourceVersion"]?.stringValue ?? ""
            let query = "?watch=1&resourceVersion=\(start)&allowWatchBookmarks=true&labelSelector=app%3Dnone&timeoutSeconds=5"
            let events = try await client.watch(cms + query) {
                $0.contains { $0["type"] == "BOOKMARK" && $0["object"]?["metadata"]?["resourceVersion"] == .string(later) }
            }
            #expect(events.allSatisfy { $0["type"] == "BOOKMARK" })
            #expect(events.last?["object"]?["metadata"]?["resourceVersion"] == .string(later))
        }
    }

    @Test func fieldSelectedWatchSeesAPodArriveOnItsNode() async throws {
        try await withServer { client, _ in
            let pods = "/api/v1/namespaces/default/pods"
            let pod: JSONValue = ["apiVersion": "v1", "kind": "Pod", "metadata": ["name": "p"],
                                  "spec": ["containers": [["name": "c", "image": "busybox"]]]]
            let start = try await client.post(pods, pod).json["metadata"]?["resourceVersion"]?.stringValue ?? ""
            _ = try await client.patch(pods + "/p", #"{"spec":{"nodeName":"n1"}}"#, type: "application/merge-patch+json")
            _ = try await client.patch(pods + "/p", #"{"metadata":{"labels":{"x":"y"}}}"#, type: "application/merge-patch+json")
            let query = "?watch=1&resourceVersion=\(start)&fieldSelector=spec.nodeName%3Dn1,metadata.namespace%3Ddefault"
            let events = try await client.watch(pods + query) { $0.count >= 2 }
            #expect(events.map { $0["type"] } == ["ADDED", "MODIFIED"])
            #expect(events.last?["object"]?["metadata"]?["labels"] == ["x": "y"])
        }
    }

    @Test func timeoutSecondsEndsTheStream() async throws {
        try await withServer { client, _ in
            let events = try await client.watch(cms + "?watch=1&resourceVersion=0&timeoutSeconds=1")
            #expect(events.isEmpty)
        }
    }

    @Test func tooOldVersionGivesErrorEventWith410() async throws {
        try await withServer(.forTesting(historyLimit: 3)) { client, _ in
            for i in 0..<6 { _ = try await client.post(cms, Fixtures.configMap("c\(i)")) }
            let events = try await client.watch(cms + "?watch=1&resourceVersion=1") { !$0.isEmpty }
            #expect(events.first?["type"] == "ERROR")
            #expect(events.first?["object"]?["code"] == 410)
            #expect(events.first?["object"]?["reason"] == "Expired")
        }
    }

    @Test func sendInitialEventsEndsWithAnnotatedBookmark() async throws {
        try await withServer { client, _ in
            _ = try await client.post(cms, Fixtures.configMap("a"))
            _ = try await client.post(cms, Fixtures.configMap("b"))
            let q = "?watch=1&sendInitialEvents=true&resourceVersionMatch=NotOlderThan&allowWatchBookmarks=true"
            let events = try await client.watch(cms + q) { $0.contains { $0["type"] == "BOOKMARK" } }
            #expect(events.map { $0["type"] } == ["ADDED", "ADDED", "BOOKMARK"])
            #expect(events.last?["object"]?["metadata"]?["annotations"]?["k8s.io/initial-events-end"] == "true")
        }
    }

    @Test func labelSelectorTurnsNonMatchingUpdatesIntoDeletes() async throws {
        try await withServer { client, _ in
            let rv = try await client.get(cms).json["metadata"]?["resourceVersion"]?.stringValue ?? ""
            _ = try await client.post(cms, Fixtures.configMap("a", labels: ["app": "x"]))
            _ = try await client.post(cms, Fixtures.configMap("other", labels: ["app": "z"]))
            _ = try await client.patch(cms + "/a", #"{"metadata":{"labels":{"app":"y"}}}"#, type: "application/merge-patch+json")
            let events = try await client.watch(cms + "?watch=1&resourceVersion=\(rv)&labelSelector=app%3Dx") { $0.count >= 2 }
            #expect(events.map { $0["type"] } == ["ADDED", "DELETED"])
            #expect(events.map { $0["object"]?["metadata"]?["name"] } == ["a", "a"])
        }
    }

    @Test func storeRetainingParsedObjectsServesListsSelectorsAndWatches() async throws {
        var config = LocalAPIServerConfiguration.forTesting()
        config.retainParsedObjects = true
        try await withServer(config) { client, _ in
            let rv = try await client.post(cms, Fixtures.configMap("a", labels: ["app": "x"])).json["metadata"]?["resourceVersion"]?.stringValue ?? ""
            _ = try await client.post(cms, Fixtures.configMap("b"))
            let selected = try await client.get(cms + "?labelSelector=app%3Dx").json["items"]?.arrayValue ?? []
            #expect(selected.compactMap { $0["metadata"]?["name"]?.stringValue } == ["a"])
            _ = try await client.patch(cms + "/b", #"{"data":{"k":"2"}}"#, type: "application/merge-patch+json")
            let events = try await client.watch(cms + "?watch=1&resourceVersion=\(rv)") { $0.count >= 2 }
            #expect(events.map { $0["type"] } == ["ADDED", "MODIFIED"])
            #expect(events.last?["object"]?["data"] == ["k": "2"])
        }
    }
}

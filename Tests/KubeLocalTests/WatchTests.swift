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
            _ = try await client.post(cms, Fixtures.configMap("a", labels: ["app": "x"]))
            let q = "?watch=1&labelSelector=app%3Dx"
            async let events = client.watch(cms + q) { $0.count >= 2 }
            try await Task.sleep(for: .milliseconds(200))
            _ = try await client.patch(cms + "/a", #"{"metadata":{"labels":{"app":"y"}}}"#, type: "application/merge-patch+json")
            let got = try await events
            #expect(got.map { $0["type"] } == ["ADDED", "DELETED"])
        }
    }
}

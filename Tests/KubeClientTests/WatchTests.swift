import KubeAPI
import KubeClient
import KubeLocal
import KubeLocalStore
import Testing

@Suite("Watch against the local API server")
struct WatchTests {
    @Test func typedEventsFromAResourceVersion() async throws {
        try await withLocalServer { client, _ in
            let configMaps = client.resource(ConfigMap.self)
            let start = try await configMaps.list().metadata.resourceVersion
            _ = try await configMaps.create(configMap("a"))
            _ = try await configMaps.patch("a", .merge(["data": ["k": "2"]]))
            try await configMaps.delete("a")
            var seen: [String] = []
            for try await event in configMaps.watch(WatchOptions(resourceVersion: start)) {
                switch event {
                case .added(let object): seen.append("added \(object.metadata.name ?? "")")
                case .modified(let object): seen.append("modified \(object.data["k"] ?? "")")
                case .deleted(let object): seen.append("deleted \(object.metadata.name ?? "")")
                case .bookmark: continue
                }
                if seen.count == 3 { break }
            }
            #expect(seen == ["added a", "modified 2", "deleted a"])
        }
    }

    @Test func resumedAfterAServerSideCutWithNothingMissed() async throws {
        try await withLocalServer { client, _ in
            let configMaps = client.resource(ConfigMap.self)
            var lastVersion = try await configMaps.list().metadata.resourceVersion
            var seen: [String] = []
            _ = try await configMaps.create(configMap("before-cut"))
            // The server ends this stream after one second: a cut the client did not ask for.
            for try await event in configMaps.watch(WatchOptions(resourceVersion: lastVersion, timeoutSeconds: 1)) {
                if let name = event.object?.metadata.name { seen.append("\(kind(event)) \(name)") }
                lastVersion = event.resourceVersion
                if seen.count == 1 {
                    // Changes while the stream is still open but about to be cut, and after it.
                    _ = try await configMaps.create(configMap("during"))
                }
            }
            // Changes in the gap between the cut and the resumption, deletions included.
            try await configMaps.delete("before-cut")
            _ = try await configMaps.create(configMap("in-gap"))
            for try await event in configMaps.watch(WatchOptions(resourceVersion: lastVersion)) {
                if let name = event.object?.metadata.name { seen.append("\(kind(event)) \(name)") }
                if seen.contains("added in-gap") { break }
            }
            #expect(seen == ["added before-cut", "added during", "deleted before-cut", "added in-gap"])
        }
    }

    @Test func goneAfterHistoryCompactionIsATypedError() async throws {
        try await withLocalServer(.forTesting(historyLimit: 3)) { client, _ in
            let configMaps = client.resource(ConfigMap.self)
            for i in 0..<8 { _ = try await configMaps.create(configMap("c\(i)")) }
            let error = await #expect(throws: KubeAPIError.self) {
                for try await _ in configMaps.watch(WatchOptions(resourceVersion: "1")) {}
            }
            #expect(error?.isGone == true)
            #expect(error?.code == 410)
        }
    }

    @Test func bookmarksAndInitialEvents() async throws {
        try await withLocalServer { client, _ in
            let configMaps = client.resource(ConfigMap.self)
            _ = try await configMaps.create(configMap("a"))
            _ = try await configMaps.create(configMap("b"))
            var added: [String] = []
            var bookmark: String?
            let options = WatchOptions(resourceVersionMatch: .notOlderThan, allowWatchBookmarks: true, sendInitialEvents: true)
            for try await event in configMaps.watch(options) {
                switch event {
                case .added(let object): added.append(object.metadata.name ?? "")
                case .bookmark(let version): bookmark = version
                default: break
                }
                if bookmark != nil { break }
            }
            #expect(added.sorted() == ["a", "b"])
            #expect(bookmark.map { !$0.isEmpty } == true)
        }
    }

    @Test func labelSelectedWatch() async throws {
        try await withLocalServer { client, _ in
            let configMaps = client.resource(ConfigMap.self)
            let start = try await configMaps.list().metadata.resourceVersion
            _ = try await configMaps.create(configMap("skip", labels: ["app": "db"]))
            _ = try await configMaps.create(configMap("take", labels: ["app": "web"]))
            var names: [String] = []
            for try await event in configMaps.watch(WatchOptions(labelSelector: "app=web", resourceVersion: start)) {
                names.append(event.object?.metadata.name ?? "")
                break
            }
            #expect(names == ["take"])
        }
    }

    @Test func fiveMebibyteObjectThroughAWatch() async throws {
        try await withLocalServer { client, _ in
            let configMaps = client.resource(ConfigMap.self)
            let start = try await configMaps.list().metadata.resourceVersion
            let big = String(repeating: "0123456789abcdef", count: 5 * 65536)
            _ = try await configMaps.create(configMap("big", data: ["blob": big]))
            _ = try await configMaps.create(configMap("small"))
            var received: [(String, Int)] = []
            for try await event in configMaps.watch(WatchOptions(resourceVersion: start)) {
                received.append((event.object?.metadata.name ?? "", event.object?.data["blob"]?.utf8.count ?? 0))
                if received.count == 2 { break }
            }
            #expect(received.map(\.0) == ["big", "small"])
            #expect(received.first?.1 == 5 << 20)
        }
    }

    @Test func cancellingTheConsumerClosesTheConnection() async throws {
        try await withLocalServer { client, server in
            let configMaps = client.resource(ConfigMap.self)
            let watching = Task {
                for try await _ in configMaps.watch(WatchOptions(resourceVersion: "0")) {}
            }
            try await waitUntil { server.store.watcherCount == 1 }
            watching.cancel()
            _ = await watching.result
            try await waitUntil { server.store.watcherCount == 0 }
            #expect(server.store.watcherCount == 0)
        }
    }

    @Test func breakingOutOfTheLoopClosesTheConnection() async throws {
        try await withLocalServer { client, server in
            let configMaps = client.resource(ConfigMap.self)
            _ = try await configMaps.create(configMap("a"))
            for try await _ in configMaps.watch() { break }
            try await waitUntil { server.store.watcherCount == 0 }
            #expect(server.store.watcherCount == 0)
        }
    }

    func kind(_ event: KubeWatchEvent<ConfigMap>) -> String {
        switch event {
        case .added: "added"
        case .modified: "modified"
        case .deleted: "deleted"
        case .bookmark: "bookmark"
        }
    }
}

/// Polls `condition` until it holds (for effects on the server that follow a client action
/// asynchronously); gives up after about five seconds.
func waitUntil(_ condition: () -> Bool) async throws {
    for _ in 0..<500 {
        if condition() { return }
        try await Task.sleep(for: .milliseconds(10))
    }
}

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
            var initialEventsEnd = false
            let options = WatchOptions(resourceVersionMatch: .notOlderThan, allowWatchBookmarks: true, sendInitialEvents: true)
            for try await event in configMaps.watch(options) {
                switch event {
                case .added(let object): added.append(object.metadata.name ?? "")
                case .bookmark(let version, let end):
                    bookmark = version
                    initialEventsEnd = end
                default: break
                }
                if bookmark != nil { break }
            }
            #expect(added.sorted() == ["a", "b"])
            #expect(bookmark.map { !$0.isEmpty } == true)
            #expect(initialEventsEnd)  // the bookmark closing the initial state says so
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
            // Requests are limited to 3 MiB, as in Kubernetes: build the object in two writes.
            let half = String(repeating: "0123456789abcdef", count: 5 * 32768)
            _ = try await configMaps.create(configMap("big", data: ["blob": half]))
            _ = try await configMaps.patch("big", .merge(["data": ["blob2": .string(half)]]))
            _ = try await configMaps.create(configMap("small"))
            var received: [(String, Int)] = []
            for try await event in configMaps.watch(WatchOptions(resourceVersion: start)) {
                let size = (event.object?.data["blob"]?.utf8.count ?? 0) + (event.object?.data["blob2"]?.utf8.count ?? 0)
                received.append((event.object?.metadata.name ?? "", size))
                if received.count == 3 { break }
            }
            #expect(received.map(\.0) == ["big", "big", "small"])
            #expect(received[1].1 == 5 << 20)
        }
    }

    // The server notices a closed connection when it next writes to it, so each test makes a
    // change after the client let go, then expects the server's watcher to be gone.
    @Test func cancellingTheConsumerClosesTheConnection() async throws {
        try await withLocalServer { client, server in
            let configMaps = client.resource(ConfigMap.self)
            let baseline = server.store.watcherCount
            let watching = Task {
                for try await _ in configMaps.watch(WatchOptions(resourceVersion: "0")) {}
            }
            try await waitUntil { server.store.watcherCount == baseline + 1 }
            #expect(server.store.watcherCount == baseline + 1)
            watching.cancel()
            _ = await watching.result
            try await closesAfterNextChange(configMaps, server, baseline)
        }
    }

    @Test func breakingOutOfTheLoopClosesTheConnection() async throws {
        try await withLocalServer { client, server in
            let configMaps = client.resource(ConfigMap.self)
            let baseline = server.store.watcherCount
            _ = try await configMaps.create(configMap("a"))
            for try await _ in configMaps.watch() { break }
            try await closesAfterNextChange(configMaps, server, baseline)
        }
    }

    func closesAfterNextChange(_ configMaps: ResourceClient<ConfigMap>, _ server: LocalAPIServer, _ baseline: Int) async throws {
        for i in 0..<20 where server.store.watcherCount > baseline {
            _ = try await configMaps.create(configMap("poke-\(i)"))
            try await waitUntil(attempts: 50) { server.store.watcherCount == baseline }
        }
        #expect(server.store.watcherCount == baseline)
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
func waitUntil(attempts: Int = 500, _ condition: () -> Bool) async throws {
    for _ in 0..<attempts {
        if condition() { return }
        try await Task.sleep(for: .milliseconds(10))
    }
}

import Foundation
import KubeAPI
import KubeClient
import KubeLocal
import Testing
import ThawTestSupport

@testable import ControllerRuntime

@Suite(.serialized) struct ReflectorIntegrationTests {
    func configMap(_ name: String, _ value: String = "v") -> ConfigMap {
        var object = ConfigMap(name: name, namespace: "default")
        object.data = ["k": value]
        return object
    }

    @Test(arguments: [StoreRepresentation.objects, .compact])
    func followsWritesAcrossWatchTimeoutsAndSeesDeletions(representation: StoreRepresentation) async throws {
        try await LocalAPIServer.withRunning { _, url in
            try await KubeClient.with(KubeClientConfiguration(server: url)) { client in
                let configMaps = client.resource(ConfigMap.self, namespace: "default")
                for i in 0..<7 { _ = try await configMaps.create(configMap("c\(i)")) }
                let log = EventLog()
                let informer = Informer(listWatch: ListWatch(client: configMaps), representation: representation, options: testReflectorOptions())
                informer.addHandler { log.record($0) }
                let running = Task { await informer.run() }
                try await informer.store.waitUntilSynced()
                #expect(informer.store.count == 7)  // three pages of three
                for round in 0..<3 {
                    _ = try await configMaps.create(configMap("r\(round)"))
                    _ = try await configMaps.delete("c\(round)")
                    var changed = try await configMaps.get("c\(round + 3)")
                    changed.data = ["k": "round \(round)"]
                    _ = try await configMaps.update(changed)
                    try await Task.sleep(for: .milliseconds(700))  // spans server-side watch timeouts
                }
                let expected = try await serverState(client, namespace: "default")
                #expect(await eventually { storeState(informer.store) == expected })
                for round in 0..<3 { #expect(log.contains("deleted c\(round)")) }
                #expect(informer.reflectorStatistics.lists == 1)  // resumed, never relisted
                #expect(informer.reflectorStatistics.watches >= 2)
                running.cancel()
                await running.value
            }
        }
    }

    @Test(arguments: [StoreRepresentation.objects, .compact])
    func serverRestartWithCompactedHistoryRelistsAndReportsMissedDeletions(representation: StoreRepresentation) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("thaw-reflector-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var configuration = LocalAPIServerConfiguration.forTesting(historyLimit: 4)
        configuration.dataDirectory = directory
        let first = try LocalAPIServer(configuration: configuration)
        let port = try await first.start()
        configuration.port = port
        let url = "http://127.0.0.1:\(port)"
        try await KubeClient.with(KubeClientConfiguration(server: url)) { client in
            let configMaps = client.resource(ConfigMap.self, namespace: "default")
            for i in 0..<5 { _ = try await configMaps.create(configMap("c\(i)")) }
            let log = EventLog()
            var options = testReflectorOptions()
            options.backoff = ReflectorBackoff(initial: .milliseconds(500), maximum: .seconds(1), jitter: 0)
            let informer = Informer(listWatch: ListWatch(client: configMaps), representation: representation, options: options)
            informer.addHandler { log.record($0) }
            let running = Task { await informer.run() }
            try await informer.store.waitUntilSynced()
            await first.stop()  // cuts the watch
            // While the reflector cannot connect, the cluster changes: the data directory is served
            // elsewhere and more writes than the history keeps are made there.
            var elsewhere = configuration
            elsewhere.port = 0
            let writer = try LocalAPIServer(configuration: elsewhere)
            let writerPort = try await writer.start()
            try await KubeClient.with(KubeClientConfiguration(server: "http://127.0.0.1:\(writerPort)")) { other in
                let remote = other.resource(ConfigMap.self, namespace: "default")
                for i in 0..<3 { _ = try await remote.delete("c\(i)") }
                for i in 0..<6 { _ = try await remote.create(configMap("n\(i)")) }
            }
            await writer.stop()
            // The server comes back at the reflector's address from the same data directory.
            let second = try LocalAPIServer(configuration: configuration)
            _ = try await second.start()
            let expected = try await serverState(client, namespace: "default")
            #expect(expected.count == 8)
            #expect(await eventually { storeState(informer.store) == expected })
            for i in 0..<3 { #expect(log.contains("deleted c\(i)")) }
            for i in 0..<6 { #expect(log.contains("added n\(i)")) }
            #expect(informer.reflectorStatistics.lists == 2)  // 410 on resume → one relist
            running.cancel()
            await running.value
            await second.stop()
        }
    }

    @Test func listFailuresAreReportedWithResourceAndVerb() async throws {
        try await LocalAPIServer.withRunning { _, url in
            try await KubeClient.with(KubeClientConfiguration(server: url)) { client in
                let missing = client.dynamic(GroupVersionResource(group: "example.com", version: "v1", resource: "widgets"), namespaced: true, namespace: "default")
                for streaming in [false, true] {
                    var options = testReflectorOptions()
                    options.streamingList = streaming
                    let informer = Informer(listWatch: ListWatch(client: missing), options: options)
                    let running = Task { await informer.run() }
                    #expect(await eventually { informer.failure != nil })
                    let failure = try #require(informer.failure)
                    #expect(failure.verb == (streaming ? "watch" : "list"))  // a streaming list is a watch
                    #expect(failure.resource.contains("widgets"))
                    #expect(!failure.isAuthorization)
                    #expect(!informer.hasSynced)
                    running.cancel()
                    await running.value
                }
            }
        }
    }
}

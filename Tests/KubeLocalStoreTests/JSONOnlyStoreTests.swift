import Foundation
import KubeAPI
import Testing

@testable import KubeLocalStore

@Suite("ObjectStore keeping only JSON")
struct JSONOnlyStoreTests {
    @Test func objectsAreParsedFromTheirJSON() async throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("state.sqlite").path
        do {
            let store = try ObjectStore(databasePath: path, retainParsedObjects: false)
            let watch = try store.watch(nil, namespace: nil, after: nil)
            let created = try store.create(configMaps, key("a"), configMap("a", data: "x"))
            #expect(created.object["data"]?["k"] == "x")
            #expect(created.object["metadata"]?["resourceVersion"] == "1")
            _ = try store.create(configMaps, key("b"), configMap("b", data: "y"))
            let updated = try store.update(configMaps, key("a")) { current in
                var object = current.object
                object["data"] = ["k": "z"]
                return object
            }
            #expect(updated.object["data"]?["k"] == "z")
            let same = try store.update(configMaps, key("a")) { $0.object }
            #expect(same.resourceVersion == updated.resourceVersion)
            let matching = try store.list(configMaps, namespace: nil, limit: nil, continueToken: nil) { $0["data"]?["k"] == "y" }
            #expect(matching.items.map(\.object) == [try #require(store.get(configMaps, key("b"))).object])
            let events = try await collect(watch, count: 3)
            #expect(events.map { $0.object.object["data"]?["k"] } == ["x", "y", "z"])
        }
        let reopened = try ObjectStore(databasePath: path, retainParsedObjects: false)
        #expect(reopened.resourceVersion == 3)
        let loaded = try #require(reopened.get(configMaps, key("a")))
        #expect(loaded.object["data"]?["k"] == "z", "\(String(decoding: loaded.json, as: UTF8.self))")
    }
}

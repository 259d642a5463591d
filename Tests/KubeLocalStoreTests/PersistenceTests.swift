import Foundation
import KubeAPI
import Testing

@testable import KubeLocalStore

@Suite("ObjectStore persistence")
struct PersistenceTests {
    @Test func reopenRestoresObjectsAndVersionsKeepIncreasing() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("state.sqlite").path
        do {
            let store = try ObjectStore(databasePath: path)
            _ = try store.create(configMaps, key("a"), configMap("a"))
            _ = try store.create(configMaps, key("b", "other"), configMap("b", namespace: "other"))
            _ = try store.create(secrets, key("s"), configMap("s"))
            _ = try store.update(configMaps, key("a")) { _ in configMap("a", data: "updated") }
            _ = try store.delete(secrets, key("s"), precondition: { _ in })
            #expect(store.resourceVersion == 5)
        }
        let reopened = try ObjectStore(databasePath: path)
        // The deletion's version (5) is remembered even though no object carries it.
        #expect(reopened.resourceVersion == 5)
        let a = try #require(reopened.get(configMaps, key("a")))
        #expect(a.resourceVersion == 4)
        #expect(a.object["data"]?["k"] == "updated")
        #expect(a.json == a.object.jsonBytes)
        #expect(reopened.get(secrets, key("s")) == nil)
        let all = try reopened.list(configMaps, namespace: nil, limit: nil, continueToken: nil, where: { _ in true })
        #expect(all.items.map(\.resourceVersion) == [4, 2])
        #expect(try reopened.create(secrets, key("s"), configMap("s")).resourceVersion == 6)
        // History does not survive: resuming from before the restart is gone, from now is fine.
        #expect(throws: StoreError.self) { try reopened.watch(nil, namespace: nil, after: 4) }
        _ = try reopened.watch(nil, namespace: nil, after: 5)
    }

    @Test func acknowledgedWritesAreOnDiskBeforeTheStoreCloses() throws {
        // Copying the database files while the store is still open captures exactly what a
        // kill -9 would leave behind.
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("live.sqlite").path
        let crashed = directory.appendingPathComponent("crashed.sqlite").path
        let store = try ObjectStore(databasePath: path)
        for n in 0..<50 { _ = try store.create(configMaps, key("o\(n)"), configMap("o\(n)")) }
        _ = try store.delete(configMaps, key("o7"), precondition: { _ in })
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: path + suffix) {
            try FileManager.default.copyItem(atPath: path + suffix, toPath: crashed + suffix)
        }
        let recovered = try ObjectStore(databasePath: crashed)
        #expect(recovered.resourceVersion == 51)
        let items = try recovered.list(configMaps, namespace: nil, limit: nil, continueToken: nil, where: { _ in true }).items
        #expect(items.count == 49)
        #expect(recovered.get(configMaps, key("o7")) == nil)
        #expect(recovered.get(configMaps, key("o49"))?.resourceVersion == 50)
        _ = store
    }

    @Test func concurrentDurableWritersAreAllCommittedAndWatched() async throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("state.sqlite").path
        let writers = 8
        let perWriter = 100
        do {
            let store = try ObjectStore(databasePath: path)
            let watch = try store.watch(nil, namespace: nil, after: nil)
            let reader = Task { () throws(StoreError) -> [Int64] in
                try await collect(watch, count: writers * perWriter * 2).map(\.object.resourceVersion)
            }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for w in 0..<writers {
                    group.addTask { try writeAndUpdate(store, namespace: "ns\(w)", count: perWriter) }
                }
                try await group.waitForAll()
            }
            #expect(try await reader.value == Array(1...Int64(writers * perWriter * 2)))
        }
        let reopened = try ObjectStore(databasePath: path)
        #expect(reopened.resourceVersion == Int64(writers * perWriter * 2))
        let items = try reopened.list(configMaps, namespace: nil, limit: nil, continueToken: nil, where: { _ in true }).items
        #expect(items.count == writers * perWriter)
        #expect(items.allSatisfy { $0.object["data"]?["k"] == "x" })
    }

    @Test func suspendingWritersShareCommitsWithBlockingOnes() async throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("state.sqlite").path
        do {
            let store = try ObjectStore(databasePath: path)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for w in 0..<16 {
                    group.addTask {
                        for n in 0..<50 {
                            let k = key("o\(n)", "ns\(w)")
                            if w % 2 == 0 {
                                _ = try store.create(configMaps, k, configMap(k.name, namespace: k.namespace))
                            } else {
                                _ = try await store.suspending.create(configMaps, k, configMap(k.name, namespace: k.namespace))
                            }
                            _ = try await store.suspending.update(configMaps, k) { _ in configMap(k.name, namespace: k.namespace, data: "u") }
                        }
                        _ = try await store.suspending.delete(configMaps, key("o0", "ns\(w)"), precondition: { _ in })
                    }
                }
                try await group.waitForAll()
            }
            #expect(store.resourceVersion == 16 * 101)
        }
        let reopened = try ObjectStore(databasePath: path)
        #expect(reopened.resourceVersion == 16 * 101)
        let items = try reopened.list(configMaps, namespace: nil, limit: nil, continueToken: nil, where: { _ in true }).items
        #expect(items.count == 16 * 49)
        #expect(items.allSatisfy { $0.object["data"]?["k"] == "u" })
    }

    @Test func suspendingWritesWorkInMemory() async throws {
        let store = try ObjectStore()
        let created = try await store.suspending.create(configMaps, key("a"), configMap("a"))
        #expect(created.resourceVersion == 1)
        let kept = try await store.suspending.mutate(configMaps, key("a")) { _ in .keep }
        #expect(kept.change == nil)
        await #expect(throws: StoreError.self) { try await store.suspending.create(configMaps, key("a"), configMap("a")) }
        _ = try await store.suspending.delete(configMaps, key("a"), precondition: { _ in })
        #expect(store.get(configMaps, key("a")) == nil)
    }

    @Test func anUnopenableDatabaseIsAnInternalError() throws {
        do {
            _ = try ObjectStore(databasePath: "/nonexistent-dir/x/state.sqlite")
            Issue.record("expected an error")
        } catch {
            #expect(error.reason == .internal)
            #expect(error.message.contains("/nonexistent-dir/x/state.sqlite"))
        }
    }
}

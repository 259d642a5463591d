import KubeAPI
import Testing

@testable import KubeLocalStore

@Suite("ObjectStore CRUD")
struct ObjectStoreCRUDTests {
    @Test func createSetsResourceVersionAndSerializesOnce() throws {
        let store = try ObjectStore()
        let stored = try store.create(configMaps, key("a"), configMap("a"))
        #expect(stored.resourceVersion == 1)
        #expect(stored.object["metadata"]?["resourceVersion"] == "1")
        #expect(stored.json == stored.object.jsonBytes)
        #expect(try JSONValue.parse(stored.json) == stored.object)
        #expect(store.get(configMaps, key("a"))?.resourceVersion == 1)
        #expect(store.resourceVersion == 1)
    }

    @Test func serializationMatchesSerializerForAwkwardMetadata() throws {
        let store = try ObjectStore()
        let objects: [JSONValue] = [
            ["metadata": ["name": "x", "resourceVersion": "999", "uid": "u", "annotations": ["a": "b"]], "zz": 1, "a": [1, 2]],
            ["kind": "Thing"],
            ["metadata": nil, "spec": ["x": "\u{1}\"q\""]],
            ["metadata": [:]],
        ]
        for (n, object) in objects.enumerated() {
            let stored = try store.create(configMaps, key("o\(n)"), object)
            #expect(stored.json == stored.object.jsonBytes)
            #expect(stored.object["metadata"]?["resourceVersion"] == .string(String(stored.resourceVersion)))
        }
    }

    @Test func nonObjectsAreInvalid() throws {
        let store = try ObjectStore()
        #expect(throws: StoreError.self) { try store.create(configMaps, key("a"), "text") }
        do {
            _ = try store.create(configMaps, key("a"), ["metadata": "nope"])
            Issue.record("expected invalid")
        } catch {
            #expect(error.reason == .invalid)
            #expect(error.message.contains("metadata"))
        }
        #expect(store.resourceVersion == 0)
    }

    @Test func alreadyExistsAndNotFound() throws {
        let store = try ObjectStore()
        _ = try store.create(configMaps, key("a"), configMap("a"))
        do {
            _ = try store.create(configMaps, key("a"), configMap("a"))
            Issue.record("expected alreadyExists")
        } catch {
            #expect(error.reason == .alreadyExists)
            #expect(error.message == "configmaps \"a\" already exists")
        }
        #expect(throws: StoreError.self) { try store.update(configMaps, key("missing"), { $0.object }) }
        do {
            _ = try store.delete(configMaps, key("missing"), precondition: { _ in })
            Issue.record("expected notFound")
        } catch let error as StoreError {
            #expect(error.reason == .notFound)
            #expect(error.message == "configmaps \"missing\" not found")
        }
        // Same name in another namespace or resource is a different object.
        _ = try store.create(configMaps, key("a", "other"), configMap("a", namespace: "other"))
        _ = try store.create(secrets, key("a"), configMap("a"))
        #expect(store.resources() == [configMaps, secrets])
    }

    @Test func updateChecksResourceVersionAndSkipsNoOps() throws {
        let store = try ObjectStore()
        let created = try store.create(configMaps, key("a"), configMap("a"))
        let updated = try store.update(configMaps, key("a")) { current in
            var object = current.object
            object["data"] = ["k": "changed"]
            return object
        }
        #expect(updated.resourceVersion == 2)
        #expect(updated.object["data"]?["k"] == "changed")

        // A client that read version 1 is now stale.
        do {
            _ = try store.update(configMaps, key("a")) { _ in created.object }
            Issue.record("expected conflict")
        } catch let error as StoreError {
            #expect(error.reason == .conflict)
            #expect(error.message.hasPrefix("Operation cannot be fulfilled on configmaps \"a\""))
        }
        // Without a resource version the update is unconditional.
        let unconditional = try store.update(configMaps, key("a")) { _ in configMap("a", data: "forced") }
        #expect(unconditional.resourceVersion == 3)

        // Returning the same object writes nothing.
        let same = try store.update(configMaps, key("a")) { $0.object }
        #expect(same.resourceVersion == 3)
        let sameWithoutVersion = try store.update(configMaps, key("a")) { _ in configMap("a", data: "forced") }
        #expect(sameWithoutVersion.resourceVersion == 3)
        #expect(store.resourceVersion == 3)
    }

    @Test func transformErrorsPropagateAndWriteNothing() throws {
        struct Refused: Error {}
        let store = try ObjectStore()
        _ = try store.create(configMaps, key("a"), configMap("a"))
        #expect(throws: Refused.self) { try store.update(configMaps, key("a")) { _ in throw Refused() } }
        #expect(throws: Refused.self) { try store.delete(configMaps, key("a")) { _ in throw Refused() } }
        #expect(store.resourceVersion == 1)
        #expect(store.get(configMaps, key("a")) != nil)
    }

    @Test func deleteTakesANewVersion() throws {
        let store = try ObjectStore()
        _ = try store.create(configMaps, key("a"), configMap("a"))
        let deleted = try store.delete(configMaps, key("a"), precondition: { _ in })
        #expect(deleted.resourceVersion == 2)
        #expect(deleted.object["data"]?["k"] == "v")
        #expect(store.get(configMaps, key("a")) == nil)
        // The name can be reused.
        #expect(try store.create(configMaps, key("a"), configMap("a")).resourceVersion == 3)
    }

    @Test func mutateCanDeleteWithAFinalState() throws {
        let store = try ObjectStore()
        _ = try store.create(configMaps, key("a"), configMap("a"))
        let result = try store.mutate(configMaps, key("a")) { current in
            var final = current.object
            final["data"] = ["k": "last"]
            return .delete(finalState: final)
        }
        #expect(result.change == .deleted)
        #expect(result.object.object["data"]?["k"] == "last")
        #expect(store.get(configMaps, key("a")) == nil)
        let keep = try store.create(configMaps, key("b"), configMap("b"))
        let kept = try store.mutate(configMaps, key("b")) { _ in .keep }
        #expect(kept.change == nil)
        #expect(kept.object.resourceVersion == keep.resourceVersion)
    }

    @Test func concurrentUpdatesOfOneObjectAllApply() async throws {
        let store = try ObjectStore()
        _ = try store.create(configMaps, key("counter"), ["metadata": ["name": "counter"], "n": 0])
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    for _ in 0..<100 {
                        _ = try store.update(configMaps, key("counter")) { current in
                            var object = current.object
                            object["n"] = .int((current.object["n"]?.intValue ?? 0) + 1)
                            return object
                        }
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(store.get(configMaps, key("counter"))?.object["n"] == 800)
        #expect(store.resourceVersion == 801)
    }
}

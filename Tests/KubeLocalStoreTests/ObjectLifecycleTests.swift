import Foundation
import KubeAPI
import Testing

@testable import KubeLocalStore

@Suite("Object lifecycle")
struct ObjectLifecycleTests {
    let store: ObjectStore
    let lifecycle: ObjectLifecycle

    init() throws {
        store = try ObjectStore()
        lifecycle = ObjectLifecycle(store: store, clock: fixedClock)
    }

    @Test func timestampsAreRFC3339InUTC() {
        #expect(Timestamp.format(fixedClock()) == fixedTimestamp)
        #expect(Timestamp.format(Date(timeIntervalSince1970: 0.9)) == "1970-01-01T00:00:00Z")
    }

    @Test func anObjectWithoutFinalizersGoesAtOnce() throws {
        _ = try store.create(configMaps, key("a"), owned("a", uid: "u1"))
        let outcome = try lifecycle.delete(configMaps, key("a"))
        guard case .deleted(let last) = outcome else { Issue.record("expected deletion"); return }
        #expect(last.resourceVersion == 2)
        #expect(store.get(configMaps, key("a")) == nil)
    }

    @Test func finalizersMakeDeletionWait() throws {
        _ = try store.create(configMaps, key("a"), owned("a", uid: "u1", finalizers: ["example.com/hold"], generation: 3))
        let outcome = try lifecycle.delete(configMaps, key("a"), options: DeleteOptions(gracePeriodSeconds: 0))
        guard case .pending(let marked) = outcome else { Issue.record("expected pending"); return }
        #expect(marked.object["metadata"]?["deletionTimestamp"] == .string(fixedTimestamp))
        #expect(marked.object["metadata"]?["deletionGracePeriodSeconds"] == 0)
        #expect(marked.object["metadata"]?["generation"] == 4)
        #expect(marked.object.finalizers == ["example.com/hold"])

        // Deleting again changes nothing.
        let again = try lifecycle.delete(configMaps, key("a"))
        #expect(again.object.resourceVersion == marked.resourceVersion)

        // An update cannot clear the deletion timestamp, nor add a finalizer.
        let cleared = try lifecycle.update(configMaps, key("a")) { current in
            var object = current.object
            object[path: ["metadata", "deletionTimestamp"]] = nil
            object["data"] = ["k": "edited"]
            return object
        }
        #expect(cleared.object.object["metadata"]?["deletionTimestamp"] == .string(fixedTimestamp))
        do {
            _ = try lifecycle.update(configMaps, key("a")) { current in
                var object = current.object
                object.finalizers = ["example.com/hold", "example.com/more"]
                return object
            }
            Issue.record("expected the new finalizer to be refused")
        } catch let error as StoreError {
            #expect(error.reason == .invalid)
            #expect(
                error.message
                    == "ConfigMap \"a\" is invalid: metadata.finalizers: Forbidden: no new finalizers can be added if the object is being deleted, found new finalizers []string{\"example.com/more\"}"
            )
        }

        // Removing the last finalizer deletes the object.
        let watch = try store.watch(configMaps, namespace: nil, after: store.resourceVersion)
        let removed = try lifecycle.update(configMaps, key("a")) { current in
            var object = current.object
            object.finalizers = []
            return object
        }
        #expect(removed.change == .deleted)
        #expect(store.get(configMaps, key("a")) == nil)
        #expect(try watch.available().map(\.type) == [.deleted])
    }

    @Test func finalizersCanBeAddedBeforeDeletion() throws {
        _ = try store.create(configMaps, key("a"), owned("a", uid: "u1"))
        let result = try lifecycle.update(configMaps, key("a")) { current in
            var object = current.object
            object.finalizers = ["example.com/hold"]
            return object
        }
        #expect(result.change == .modified)
        #expect(result.object.object.finalizers == ["example.com/hold"])
    }

    @Test func preconditionsAreChecked() throws {
        let created = try store.create(configMaps, key("a"), owned("a", uid: "u1"))
        do {
            _ = try lifecycle.delete(configMaps, key("a"), options: DeleteOptions(preconditionUID: "other"))
            Issue.record("expected conflict")
        } catch {
            #expect(error.reason == .conflict)
            #expect(error.message.contains("Precondition failed: UID in precondition: other, UID in object meta: u1"))
        }
        do {
            _ = try lifecycle.delete(configMaps, key("a"), options: DeleteOptions(preconditionResourceVersion: "99"))
            Issue.record("expected conflict")
        } catch {
            #expect(error.reason == .conflict)
        }
        let outcome = try lifecycle.delete(
            configMaps, key("a"), options: DeleteOptions(preconditionUID: "u1", preconditionResourceVersion: String(created.resourceVersion)))
        guard case .deleted = outcome else { Issue.record("expected deletion"); return }
    }

    @Test func propagationPoliciesSetTheirFinalizers() throws {
        _ = try store.create(configMaps, key("f"), owned("f", uid: "u1"))
        _ = try store.create(configMaps, key("o"), owned("o", uid: "u2", finalizers: ["example.com/hold"]))
        let foreground = try lifecycle.delete(configMaps, key("f"), options: DeleteOptions(propagationPolicy: .foreground))
        guard case .pending(let f) = foreground else { Issue.record("expected pending"); return }
        #expect(f.object.finalizers == [Finalizer.foregroundDeletion])
        let orphan = try lifecycle.delete(configMaps, key("o"), options: DeleteOptions(propagationPolicy: .orphan))
        #expect(orphan.object.object.finalizers == ["example.com/hold", Finalizer.orphan])
        // A later Background delete drops the garbage-collection finalizer again.
        let background = try lifecycle.delete(configMaps, key("f"), options: DeleteOptions(propagationPolicy: .background))
        guard case .deleted = background else { Issue.record("expected deletion"); return }
    }

    @Test func suspendingLifecycleFollowsTheSameRules() async throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let durable = try ObjectStore(databasePath: directory.appendingPathComponent("state.sqlite").path)
        let lifecycle = ObjectLifecycle(store: durable, clock: fixedClock)
        _ = try durable.create(configMaps, key("a"), owned("a", uid: "u1", finalizers: ["example.com/hold"]))
        guard case .pending(let marked) = try await lifecycle.suspending.delete(configMaps, key("a")) else {
            Issue.record("expected pending")
            return
        }
        #expect(marked.object["metadata"]?["deletionTimestamp"] == .string(fixedTimestamp))
        await #expect(throws: StoreError.self) {
            try await lifecycle.suspending.delete(configMaps, key("a"), options: DeleteOptions(preconditionUID: "other"))
        }
        let released = try await lifecycle.suspending.update(configMaps, key("a")) { current in
            var object = current.object
            object.finalizers = []
            return object
        }
        #expect(released.change == .deleted)
        #expect(durable.get(configMaps, key("a")) == nil)
    }

    @Test func deleteOptionsParseFromJSON() throws {
        let options = try DeleteOptions(
            json: ["propagationPolicy": "Foreground", "preconditions": ["uid": "u", "resourceVersion": "5"], "gracePeriodSeconds": 30])
        #expect(options == DeleteOptions(propagationPolicy: .foreground, preconditionUID: "u", preconditionResourceVersion: "5", gracePeriodSeconds: 30))
        #expect(try DeleteOptions(json: ["orphanDependents": true]).propagationPolicy == .orphan)
        #expect(try DeleteOptions(json: nil) == DeleteOptions())
        do {
            _ = try DeleteOptions(json: ["propagationPolicy": "Sideways"])
            Issue.record("expected invalid")
        } catch {
            #expect(error.message == "propagationPolicy: Unsupported value: \"Sideways\": supported values: \"Background\", \"Foreground\", \"Orphan\"")
        }
        #expect(throws: StoreError.self) { try DeleteOptions(json: ["gracePeriodSeconds": -1]) }
        #expect(throws: StoreError.self) { try DeleteOptions(json: ["orphanDependents": "yes"]) }
        #expect(throws: StoreError.self) { try DeleteOptions(json: "text") }
    }
}

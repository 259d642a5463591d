import KubeAPI
import Testing

@testable import KubeLocalStore

@Suite("Garbage collector", .timeLimit(.minutes(1)))
struct GarbageCollectorTests {
    let store: ObjectStore
    let lifecycle: ObjectLifecycle
    let deployments = ResourceID(group: "apps", resource: "deployments")

    init() throws {
        store = try ObjectStore()
        lifecycle = ObjectLifecycle(store: store, clock: fixedClock)
    }

    @Test func backgroundDeletionRemovesDependentsOfAGoneOwner() throws {
        _ = try store.create(deployments, key("web"), owned("web", uid: "owner"))
        _ = try store.create(configMaps, key("d1"), owned("d1", uid: "d1", owners: [("owner", false)]))
        _ = try store.create(configMaps, key("d2"), owned("d2", uid: "d2", owners: [("owner", true)]))
        _ = try store.create(configMaps, key("both"), owned("both", uid: "both", owners: [("owner", false), ("other", false)]))
        _ = try store.create(configMaps, key("other"), owned("other", uid: "other"))
        _ = try store.create(configMaps, key("free"), owned("free", uid: "free"))
        let gc = GarbageCollector(lifecycle: lifecycle)
        try gc.runUntilIdle()
        #expect(store.get(configMaps, key("d1")) != nil)

        guard case .deleted = try lifecycle.delete(deployments, key("web")) else { Issue.record("expected deletion"); return }
        try gc.runUntilIdle()
        #expect(store.get(configMaps, key("d1")) == nil)
        #expect(store.get(configMaps, key("d2")) == nil)
        #expect(store.get(configMaps, key("free")) != nil)
        // A dependent with another live owner stays and loses only the dangling reference.
        let both = try #require(store.get(configMaps, key("both")))
        #expect(both.object.ownerReferences.map(\.uid) == ["other"])
    }

    @Test func dependentsWithDanglingOwnersFoundAtStartAreDeleted() throws {
        _ = try store.create(configMaps, key("orphaned"), owned("orphaned", uid: "x", owners: [("never-existed", false)]))
        let gc = GarbageCollector(lifecycle: lifecycle)
        try gc.runUntilIdle()
        #expect(store.get(configMaps, key("orphaned")) == nil)
    }

    @Test func deletionCascadesThroughGenerations() throws {
        _ = try store.create(deployments, key("a"), owned("a", uid: "a"))
        _ = try store.create(configMaps, key("b"), owned("b", uid: "b", owners: [("a", true)]))
        _ = try store.create(configMaps, key("c"), owned("c", uid: "c", owners: [("b", true)]))
        let gc = GarbageCollector(lifecycle: lifecycle)
        _ = try lifecycle.delete(deployments, key("a"))
        try gc.runUntilIdle()
        #expect(store.get(configMaps, key("b")) == nil)
        #expect(store.get(configMaps, key("c")) == nil)
    }

    @Test func foregroundOwnersWaitForBlockingDependents() throws {
        _ = try store.create(deployments, key("web"), owned("web", uid: "owner"))
        _ = try store.create(
            configMaps, key("blocking"), owned("blocking", uid: "b", finalizers: ["example.com/hold"], owners: [("owner", true)]))
        _ = try store.create(configMaps, key("plain"), owned("plain", uid: "p", owners: [("owner", false)]))
        let gc = GarbageCollector(lifecycle: lifecycle)
        guard case .pending = try lifecycle.delete(deployments, key("web"), options: DeleteOptions(propagationPolicy: .foreground)) else {
            Issue.record("expected the owner to wait")
            return
        }
        try gc.runUntilIdle()
        #expect(store.get(configMaps, key("plain")) == nil)
        let blocking = try #require(store.get(configMaps, key("blocking")))
        #expect(blocking.object.isBeingDeleted)
        let owner = try #require(store.get(deployments, key("web")))
        #expect(owner.object.finalizers == [Finalizer.foregroundDeletion])

        // Releasing the blocking dependent lets the owner go.
        _ = try lifecycle.update(configMaps, key("blocking")) { current in
            var object = current.object
            object.finalizers = []
            return object
        }
        try gc.runUntilIdle()
        #expect(store.get(configMaps, key("blocking")) == nil)
        #expect(store.get(deployments, key("web")) == nil)
    }

    @Test func foregroundOwnerWithoutDependentsGoesAfterOnePass() throws {
        _ = try store.create(deployments, key("web"), owned("web", uid: "owner"))
        let gc = GarbageCollector(lifecycle: lifecycle)
        _ = try lifecycle.delete(deployments, key("web"), options: DeleteOptions(propagationPolicy: .foreground))
        #expect(store.get(deployments, key("web")) != nil)
        try gc.runUntilIdle()
        #expect(store.get(deployments, key("web")) == nil)
    }

    @Test func orphanDeletionKeepsDependentsWithoutTheReference() throws {
        _ = try store.create(deployments, key("web"), owned("web", uid: "owner"))
        _ = try store.create(configMaps, key("d1"), owned("d1", uid: "d1", owners: [("owner", true)]))
        _ = try store.create(configMaps, key("d2"), owned("d2", uid: "d2", owners: [("owner", false), ("keep", false)]))
        _ = try store.create(configMaps, key("keep"), owned("keep", uid: "keep"))
        let gc = GarbageCollector(lifecycle: lifecycle)
        _ = try lifecycle.delete(deployments, key("web"), options: DeleteOptions(propagationPolicy: .orphan))
        try gc.runUntilIdle()
        #expect(store.get(deployments, key("web")) == nil)
        let d1 = try #require(store.get(configMaps, key("d1")))
        #expect(d1.object["metadata"]?["ownerReferences"] == nil)
        let d2 = try #require(store.get(configMaps, key("d2")))
        #expect(d2.object.ownerReferences.map(\.uid) == ["keep"])
    }

    @Test func aCollectorOverrunByTheHistoryResynchronises() throws {
        let small = try ObjectStore(historyLimit: 2)
        let lifecycle = ObjectLifecycle(store: small, clock: fixedClock)
        _ = try small.create(deployments, key("web"), owned("web", uid: "owner"))
        _ = try small.create(configMaps, key("d1"), owned("d1", uid: "d1", owners: [("owner", false)]))
        let gc = GarbageCollector(lifecycle: lifecycle)
        try gc.runUntilIdle()
        _ = try lifecycle.delete(deployments, key("web"))
        for n in 0..<5 { _ = try small.create(secrets, key("s\(n)"), owned("s\(n)", uid: "s\(n)")) }
        try gc.runUntilIdle()
        #expect(small.get(configMaps, key("d1")) == nil)
    }

    @Test func runsContinuouslyUntilStopped() async throws {
        _ = try store.create(deployments, key("web"), owned("web", uid: "owner"))
        _ = try store.create(configMaps, key("d1"), owned("d1", uid: "d1", owners: [("owner", false)]))
        let gc = GarbageCollector(lifecycle: lifecycle)
        let running = Task { () -> StoreError? in
            do throws(StoreError) {
                try await gc.run()
                return nil
            } catch {
                return error
            }
        }
        let watch = try store.watch(configMaps, namespace: nil, after: store.resourceVersion)
        _ = try lifecycle.delete(deployments, key("web"))
        let events = try await collect(watch, count: 1)
        #expect(events.map(\.type) == [.deleted])
        #expect(events.map(\.key) == [key("d1")])
        gc.stop()
        #expect(await running.value == nil)
    }
}

import KubeAPI
import Testing

@testable import KubeLocalStore

@Suite("Namespace lifecycle")
struct NamespaceControllerTests {
    let store: ObjectStore
    let lifecycle: ObjectLifecycle
    let namespaces = NamespaceController.namespaces

    init() throws {
        store = try ObjectStore()
        lifecycle = ObjectLifecycle(store: store, clock: fixedClock)
    }

    func createNamespace(_ name: String) throws {
        let object: JSONValue = ["apiVersion": "v1", "kind": "Namespace", "metadata": ["name": .string(name), "uid": .string("ns-\(name)")]]
        _ = try store.create(namespaces, ObjectKey(name: name), NamespaceController.prepareForCreate(object))
    }

    @Test func preparedNamespacesCarryTheKubernetesFinalizer() {
        let prepared = NamespaceController.prepareForCreate(["metadata": ["name": "x"]])
        #expect(prepared["spec"]?["finalizers"] == ["kubernetes"])
        #expect(prepared["status"]?["phase"] == "Active")
    }

    @Test func deletingANamespaceEmptiesItThenRemovesIt() throws {
        try createNamespace("team")
        try createNamespace("keep")
        _ = try store.create(configMaps, key("a", "team"), owned("a", namespace: "team", uid: "a"))
        _ = try store.create(secrets, key("s", "team"), owned("s", namespace: "team", uid: "s"))
        _ = try store.create(
            configMaps, key("held", "team"), owned("held", namespace: "team", uid: "h", finalizers: ["example.com/hold"]))
        _ = try store.create(configMaps, key("a", "keep"), owned("a", namespace: "keep", uid: "k"))
        let controller = NamespaceController(lifecycle: lifecycle)
        try controller.runUntilIdle()
        #expect(!store.isTerminating(namespace: "team"))

        guard case .pending(let marked) = try lifecycle.delete(namespaces, ObjectKey(name: "team")) else {
            Issue.record("a namespace waits for its controller")
            return
        }
        #expect(marked.object["status"]?["phase"] == "Terminating")
        #expect(marked.object["metadata"]?["deletionTimestamp"] == .string(fixedTimestamp))
        #expect(marked.object["spec"]?["finalizers"] == ["kubernetes"])
        #expect(store.isTerminating(namespace: "team"))
        #expect(!store.isTerminating(namespace: "keep"))
        #expect(!store.isTerminating(namespace: "absent"))

        try controller.runUntilIdle()
        #expect(store.get(configMaps, key("a", "team")) == nil)
        #expect(store.get(secrets, key("s", "team")) == nil)
        #expect(store.get(configMaps, key("held", "team"))?.object.isBeingDeleted == true)
        #expect(store.get(namespaces, ObjectKey(name: "team")) != nil)

        _ = try lifecycle.update(configMaps, key("held", "team")) { current in
            var object = current.object
            object.finalizers = []
            return object
        }
        try controller.runUntilIdle()
        #expect(store.get(namespaces, ObjectKey(name: "team")) == nil)
        #expect(!store.isTerminating(namespace: "team"))
        #expect(store.get(configMaps, key("a", "keep")) != nil)
        #expect(store.get(namespaces, ObjectKey(name: "keep")) != nil)
    }

    @Test func aNamespaceWithOtherFinalizersWaitsForThem() throws {
        try createNamespace("team")
        _ = try lifecycle.update(namespaces, ObjectKey(name: "team")) { current in
            var object = current.object
            object.finalizers = ["example.com/hold"]
            return object
        }
        let controller = NamespaceController(lifecycle: lifecycle)
        _ = try lifecycle.delete(namespaces, ObjectKey(name: "team"))
        try controller.runUntilIdle()
        let namespace = try #require(store.get(namespaces, ObjectKey(name: "team")))
        #expect(namespace.object["spec"]?["finalizers"] == [])
        #expect(store.isTerminating(namespace: "team"))
        let released = try lifecycle.update(namespaces, ObjectKey(name: "team")) { current in
            var object = current.object
            object.finalizers = []
            return object
        }
        #expect(released.change == .deleted)
    }
}

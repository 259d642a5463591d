import KubeAPI
import Testing

@testable import ControllerRuntime

func configMap(_ name: String, namespace: String = "default", rv: String = "1", labels: [String: String] = [:], owner: String? = nil) -> ConfigMap {
    var object = ConfigMap(name: name, namespace: namespace)
    object.metadata.resourceVersion = rv
    object.metadata.uid = "uid-\(namespace)-\(name)"
    if !labels.isEmpty { object.metadata.labels = labels }
    if let owner {
        var reference = OwnerReference()
        reference.uid = owner
        reference.name = owner
        reference.kind = "Deployment"
        reference.apiVersion = "apps/v1"
        reference.controller = true
        object.metadata.ownerReferences = [reference]
    }
    return object
}

@Suite struct StoreTests {
    @Test func indexesByNamespaceControllerAndCustomFunctions() {
        let store = Store<ConfigMap>(indexers: ["app": { $0.metadata.labels["app"].map { [$0] } ?? [] }])
        store.upsert(configMap("a", namespace: "x", labels: ["app": "web"], owner: "o1"))
        store.upsert(configMap("b", namespace: "x", labels: ["app": "db"]))
        store.upsert(configMap("c", namespace: "y", labels: ["app": "web"], owner: "o1"))
        #expect(store.list(namespace: "x").map { $0.metadata.name } == ["a", "b"])
        #expect(store.objects(index: Store<ConfigMap>.controllerUIDIndex, value: "o1").map { $0.metadata.name } == ["a", "c"])
        #expect(store.objects(index: "app", value: "web").count == 2)
        // Re-indexing on update: "a" moves from web to db.
        store.upsert(configMap("a", namespace: "x", rv: "2", labels: ["app": "db"]))
        #expect(store.objects(index: "app", value: "web").map { $0.metadata.name } == ["c"])
        #expect(store.objects(index: Store<ConfigMap>.controllerUIDIndex, value: "o1").map { $0.metadata.name } == ["c"])
        store.delete(configMap("c", namespace: "y"))
        #expect(store.objects(index: "app", value: "web").isEmpty)
        #expect(store.objects(index: "unknown", value: "x").isEmpty)
    }

    @Test func upsertAndDeleteReportChanges() {
        let store = Store<ConfigMap>()
        guard case .added = store.upsert(configMap("a")) else { Issue.record("expected added"); return }
        guard case .updated(let old, let new) = store.upsert(configMap("a", rv: "5")) else { Issue.record("expected updated"); return }
        #expect(old.metadata.resourceVersion == "1" && new.metadata.resourceVersion == "5")
        #expect(store.resourceVersion == "5")
        #expect(store.delete(configMap("zzz")) == nil)
        guard case .deleted = store.delete(configMap("a", rv: "6")) else { Issue.record("expected deleted"); return }
        #expect(store.count == 0)
    }

    @Test func replaceSwapsAtomicallyAndEmitsTheDifferences() {
        let store = Store<ConfigMap>()
        #expect(!store.hasSynced)
        store.replace(with: [configMap("keep"), configMap("change"), configMap("gone")], resourceVersion: "3")
        #expect(store.hasSynced)
        let deltas = store.replace(with: [configMap("keep"), configMap("change", rv: "9"), configMap("new", rv: "8")], resourceVersion: "10")
        let summary = deltas.map { delta -> String in
            switch delta {
            case .added(let o): "+\(o.metadata.name ?? "")"
            case .updated(_, let o): "~\(o.metadata.name ?? "")"
            case .deleted(let o): "-\(o.metadata.name ?? "")"
            }
        }
        #expect(summary == ["~change", "-gone", "+new"])
        #expect(store.keys.map(\.name) == ["change", "keep", "new"])
        #expect(store.resourceVersion == "10")
    }

    @Test func stripsManagedFieldsByDefaultAndKeepsOnlyMetadataWhenAsked() {
        var object = configMap("a")
        var entry = ManagedFieldsEntry()
        entry.manager = "kubectl"
        object.metadata.managedFields = [entry]
        object.data = ["k": "v"]
        let store = Store<ConfigMap>()
        store.upsert(object)
        #expect(store.get(ObjectKey(namespace: "default", name: "a"))?.metadata.managedFields.isEmpty == true)
        #expect(store.get(ObjectKey(namespace: "default", name: "a"))?.data == ["k": "v"])
        let raw = Store<ConfigMap>(transform: .none)
        raw.upsert(object)
        #expect(raw.get(ObjectKey(namespace: "default", name: "a"))?.metadata.managedFields.count == 1)
        let slim = Store<ConfigMap>(transform: .metadataOnly)
        slim.upsert(object)
        let kept = slim.get(ObjectKey(namespace: "default", name: "a"))
        #expect(kept?.data.isEmpty == true)
        #expect(kept?.metadata.name == "a")
        #expect(kept?.metadata.managedFields.isEmpty == true)
    }

    @Test func waitsForSyncAndForAResourceVersion() async throws {
        let store = Store<ConfigMap>()
        async let synced: Void = store.waitUntilSynced()
        async let seen: Void = store.waitForResourceVersion("12")
        store.replace(with: [configMap("a")], resourceVersion: "10")
        try await synced
        store.upsert(configMap("a", rv: "11"))
        store.setResourceVersion("12")  // a bookmark
        try await seen
        try await store.waitForResourceVersion("7")  // already reached: returns at once
        #expect(store.resourceVersion == "12")
    }

    @Test func aCancelledWaitThrows() async {
        let store = Store<ConfigMap>()
        let waiting = Task { try await store.waitUntilSynced() }
        waiting.cancel()
        await #expect(throws: CancellationError.self) { try await waiting.value }
    }
}

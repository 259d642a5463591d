import KubeAPI
import Testing
import ThawDeterminism

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
    @Test(arguments: [StoreRepresentation.objects, .compact])
    func indexesByNamespaceControllerAndCustomFunctions(representation: StoreRepresentation) {
        let store = Store<ConfigMap>(indexers: ["app": { $0.metadata.labels["app"].map { [$0] } ?? [] }], representation: representation)
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

    /// Reads keep key order through every kind of write, whether or not a read came first (the
    /// store keeps its sorted keys in step once a read has asked for them).
    @Test(arguments: [StoreRepresentation.objects, .compact])
    func readsStayOrderedThroughAddsDeletesAndReplaces(representation: StoreRepresentation) {
        let store = Store<ConfigMap>(representation: representation)
        var expected: Set<ObjectKey> = []
        func check() {
            let sorted = expected.sorted()
            #expect(store.keys == sorted)
            #expect(store.list().map(ObjectKey.init) == sorted)
            for namespace in ["a", "b", "c", "d"] {
                #expect(store.list(namespace: namespace).map(ObjectKey.init) == sorted.filter { $0.namespace == namespace })
            }
        }
        var generator = SplitMix64(seed: 3)
        for step in 0..<300 {
            let key = ObjectKey(namespace: ["a", "b", "c"][Int(generator.next() % 3)], name: "cm-\(generator.next() % 40)")
            if generator.next() % 3 == 0 {
                store.delete(configMap(key.name, namespace: key.namespace))
                expected.remove(key)
            } else {
                store.upsert(configMap(key.name, namespace: key.namespace, rv: "\(step + 1)"))
                expected.insert(key)
            }
            if step % 7 == 0 { check() }
        }
        check()
        store.replace(with: [configMap("z", namespace: "b"), configMap("a", namespace: "b"), configMap("m", namespace: "a")], resourceVersion: "999")
        expected = [ObjectKey(namespace: "b", name: "z"), ObjectKey(namespace: "b", name: "a"), ObjectKey(namespace: "a", name: "m")]
        check()
        store.upsert(configMap("b", namespace: "b", rv: "1000"))
        expected.insert(ObjectKey(namespace: "b", name: "b"))
        check()
    }

    /// Index entries stay sorted and single, however they were filed (one by one or by a
    /// replace) and however often an index function names a value.
    @Test(arguments: [StoreRepresentation.objects, .compact])
    func indexEntriesAreSortedAndSingle(representation: StoreRepresentation) {
        let twice: IndexFunction<ConfigMap> = { object in object.metadata.labels["tier"].map { [$0, $0] } ?? [] }
        let store = Store<ConfigMap>(indexers: ["tier": twice], representation: representation)
        store.replace(with: ["m", "c", "x", "a"].map { configMap($0, labels: ["tier": "web"]) }, resourceVersion: "1")
        #expect(store.objects(index: "tier", value: "web").map { $0.metadata.name ?? "" } == ["a", "c", "m", "x"])
        store.upsert(configMap("b", rv: "2", labels: ["tier": "web"]))
        store.upsert(configMap("z", rv: "3", labels: ["tier": "web"]))
        store.upsert(configMap("c", rv: "4", labels: ["tier": "db"]))
        store.delete(configMap("m"))
        #expect(store.objects(index: "tier", value: "web").map { $0.metadata.name ?? "" } == ["a", "b", "x", "z"])
        #expect(store.objects(index: "tier", value: "db").map { $0.metadata.name ?? "" } == ["c"])
    }

    @Test func sortedKeyArrayOperations() {
        let keys = [ObjectKey(namespace: "b", name: "x"), ObjectKey(namespace: "a", name: "y"), ObjectKey(namespace: "a", name: "x")]
        var sorted = keys + keys
        sorted.sortAndDeduplicate()
        #expect(sorted == keys.sorted())
        sorted.insertSorted(ObjectKey(namespace: "a", name: "z"))
        sorted.insertSorted(ObjectKey(namespace: "a", name: "z"))
        #expect(sorted.map(\.description) == ["a/x", "a/y", "a/z", "b/x"])
        sorted.removeSorted(ObjectKey(namespace: "a", name: "y"))
        sorted.removeSorted(ObjectKey(namespace: "c", name: "none"))
        #expect(sorted.map(\.description) == ["a/x", "a/z", "b/x"])
    }

    @Test(arguments: [StoreRepresentation.objects, .compact])
    func upsertAndDeleteReportChanges(representation: StoreRepresentation) {
        let store = Store<ConfigMap>(representation: representation)
        guard case .added = store.upsert(configMap("a")) else { Issue.record("expected added"); return }
        guard case .updated(let old, let new) = store.upsert(configMap("a", rv: "5")) else { Issue.record("expected updated"); return }
        #expect(old.metadata.resourceVersion == "1" && new.metadata.resourceVersion == "5")
        #expect(store.resourceVersion == "5")
        #expect(store.delete(configMap("zzz")) == nil)
        guard case .deleted = store.delete(configMap("a", rv: "6")) else { Issue.record("expected deleted"); return }
        #expect(store.count == 0)
    }

    @Test(arguments: [StoreRepresentation.objects, .compact])
    func replaceSwapsAtomicallyAndEmitsTheDifferences(representation: StoreRepresentation) {
        let store = Store<ConfigMap>(representation: representation)
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

    @Test(arguments: [StoreRepresentation.objects, .compact])
    func stripsManagedFieldsByDefaultAndKeepsOnlyMetadataWhenAsked(representation: StoreRepresentation) {
        var object = configMap("a")
        var entry = ManagedFieldsEntry()
        entry.manager = "kubectl"
        object.metadata.managedFields = [entry]
        object.data = ["k": "v"]
        let store = Store<ConfigMap>(representation: representation)
        store.upsert(object)
        #expect(store.get(ObjectKey(namespace: "default", name: "a"))?.metadata.managedFields.isEmpty == true)
        #expect(store.get(ObjectKey(namespace: "default", name: "a"))?.data == ["k": "v"])
        let raw = Store<ConfigMap>(transform: .none, representation: representation)
        raw.upsert(object)
        #expect(raw.get(ObjectKey(namespace: "default", name: "a"))?.metadata.managedFields.count == 1)
        let slim = Store<ConfigMap>(transform: .metadataOnly, representation: representation)
        slim.upsert(object)
        let kept = slim.get(ObjectKey(namespace: "default", name: "a"))
        #expect(kept?.data.isEmpty == true)
        #expect(kept?.metadata.name == "a")
        #expect(kept?.metadata.managedFields.isEmpty == true)
    }

    @Test func theCompactRepresentationHoldsJSONBytesAndReadsBackTheSameObjects() {
        var object = configMap("a", labels: ["app": "web"])
        object.data = ["k": "v", "quote": "say \"hi\"\n"]
        let compact = Store<ConfigMap>(representation: .compact)
        let objects = Store<ConfigMap>()
        compact.upsert(object)
        objects.upsert(object)
        let key = ObjectKey(namespace: "default", name: "a")
        #expect(compact.get(key) == objects.get(key))
        #expect(compact.get(key)?.data["quote"] == "say \"hi\"\n")
        let held = compact.entry(object).map(\.1.storage)
        guard case .bytes(let bytes) = held else { Issue.record("expected bytes, got \(String(describing: held))"); return }
        #expect(bytes == objects.get(key)?.json.jsonBytes)
    }

    @Test(arguments: [StoreRepresentation.objects, .compact])
    func anEntryOfAnUnchangedResourceVersionIsTheCachedOne(representation: StoreRepresentation) {
        let store = Store<ConfigMap>(representation: representation)
        store.upsert(configMap("a", rv: "4"))
        let cached = store.entry(configMap("a", rv: "4"))
        let changed = store.entry(configMap("a", rv: "5"))
        if case .bytes(let held) = cached?.1.storage, case .bytes(let again) = store.entry(configMap("a", rv: "4"))?.1.storage {
            // The same buffer, not an equal copy.
            #expect(held.withUnsafeBufferPointer { $0.baseAddress } == again.withUnsafeBufferPointer { $0.baseAddress })
        }
        #expect(cached?.1.resourceVersion == "4")
        #expect(changed?.1.resourceVersion == "5")
        #expect(store.entry(ConfigMap(name: "", namespace: "default")) == nil)
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

import KubeAPI
import Testing

@testable import KubeLocalStore

@Suite("Ownership graph")
struct OwnershipGraphTests {
    private func event(_ type: StoreEventType, _ name: String, _ object: JSONValue, version: Int64 = 1) -> StoreEvent {
        StoreEvent(type: type, resource: configMaps, key: key(name), object: StoredObject(object: object, resourceVersion: version))
    }

    @Test func plainObjectsAreLiveOwnersWithoutNodes() {
        var graph = OwnershipGraph()
        _ = graph.apply(event(.added, "owner", owned("owner", uid: "u-owner")))
        #expect(graph.nodes.isEmpty)
        #expect(graph.plainUIDs == ["u-owner"])
        #expect(graph.owner("u-owner") == .live)
        #expect(graph.owner("u-missing") == .absent)

        let dependent = NodeID(resource: configMaps, key: key("dep"))
        _ = graph.apply(event(.added, "dep", owned("dep", uid: "u-dep", owners: [("u-owner", true)])))
        #expect(graph.nodes[dependent] != nil)

        // Deleting the plain owner marks its dependent for another look and leaves no trace.
        let dirty = graph.apply(event(.deleted, "owner", owned("owner", uid: "u-owner"), version: 3))
        #expect(dirty.contains(dependent))
        #expect(graph.owner("u-owner") == .absent)
        #expect(graph.plainUIDs.isEmpty)
    }

    @Test func anOwnerGainingAFinalizerBecomesANodeAndBack() {
        var graph = OwnershipGraph()
        _ = graph.apply(event(.added, "owner", owned("owner", uid: "u")))
        let id = NodeID(resource: configMaps, key: key("owner"))

        var deleting = owned("owner", uid: "u", finalizers: [Finalizer.foregroundDeletion])
        deleting[path: ["metadata", "deletionTimestamp"]] = .string(fixedTimestamp)
        _ = graph.apply(event(.modified, "owner", deleting, version: 2))
        #expect(graph.nodes[id]?.beingDeleted == true)
        #expect(graph.plainUIDs.isEmpty)
        #expect(graph.owner("u") == .deletingInForeground)

        _ = graph.apply(event(.modified, "owner", owned("owner", uid: "u"), version: 3))
        #expect(graph.nodes[id] == nil)
        #expect(graph.byUID["u"] == nil)
        #expect(graph.owner("u") == .live)
    }
}

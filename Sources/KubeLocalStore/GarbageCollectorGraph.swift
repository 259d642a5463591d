/// An object as the garbage collector sees it.
struct GraphNode: Sendable {
    var id: NodeID
    var uid: String?
    var resourceVersion: Int64
    var owners: [OwnerReference]
    var beingDeleted: Bool
    var finalizers: [String]
}

/// Where an object lives.
struct NodeID: Hashable, Sendable, Comparable {
    var resource: ResourceID
    var key: ObjectKey

    static func < (a: NodeID, b: NodeID) -> Bool { (a.resource, a.key) < (b.resource, b.key) }
}

/// The ownership graph built from the change stream: objects by location and uid, and for each
/// owner uid the objects that reference it (whether or not the owner exists).
struct OwnershipGraph: Sendable {
    private(set) var nodes: [NodeID: GraphNode] = [:]
    private(set) var byUID: [String: NodeID] = [:]
    private(set) var dependents: [String: Set<NodeID>] = [:]

    /// Applies one change; returns the objects whose garbage-collection state may have changed.
    mutating func apply(_ event: StoreEvent) -> Set<NodeID> {
        let id = NodeID(resource: event.resource, key: event.key)
        var dirty: Set<NodeID> = [id]
        if let old = nodes.removeValue(forKey: id) {
            if let uid = old.uid, byUID[uid] == id { byUID[uid] = nil }
            for owner in old.owners {
                dependents[owner.uid]?.remove(id)
                if dependents[owner.uid]?.isEmpty == true { dependents[owner.uid] = nil }
                if let ownerID = byUID[owner.uid] { dirty.insert(ownerID) }
            }
            if let uid = old.uid { dirty.formUnion(dependents[uid] ?? []) }
        }
        guard event.type != .deleted else { return dirty }
        let summary = event.object.summary
        let node = GraphNode(
            id: id, uid: summary.uid, resourceVersion: event.object.resourceVersion, owners: summary.ownerReferences,
            beingDeleted: summary.beingDeleted, finalizers: summary.finalizers)
        nodes[id] = node
        if let uid = node.uid {
            byUID[uid] = id
            dirty.formUnion(dependents[uid] ?? [])
        }
        for owner in node.owners {
            dependents[owner.uid, default: []].insert(id)
            if let ownerID = byUID[owner.uid] { dirty.insert(ownerID) }
        }
        return dirty
    }

    func owner(_ uid: String) -> GraphNode? { byUID[uid].flatMap { nodes[$0] } }
}

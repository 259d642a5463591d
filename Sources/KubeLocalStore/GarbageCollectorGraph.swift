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

/// What a dependent's owner reference points at, as far as the collector is concerned.
enum OwnerStatus: Sendable, Equatable {
    /// No object with that uid exists.
    case absent
    /// The owner exists and is not being deleted in the foreground.
    case live
    /// The owner is being deleted with the `foregroundDeletion` finalizer.
    case deletingInForeground
}

/// The ownership graph built from the change stream: for each owner uid the objects that
/// reference it (whether or not the owner exists), a node for every object the collector may
/// act on (one with owners, finalizers or a deletion mark), and only the uid of every other
/// object (a plain object is never collected nor finalized; it matters only as a live owner, so
/// 10,000 plain objects cost a set of uids instead of 10,000 nodes).
struct OwnershipGraph: Sendable {
    private(set) var nodes: [NodeID: GraphNode] = [:]
    private(set) var byUID: [String: NodeID] = [:]
    private(set) var plainUIDs: Set<String> = []
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
        } else if let uid = event.object.summary.uid, plainUIDs.remove(uid) != nil {
            // A uid names one object for its whole life, so the event's uid is the old one's.
            dirty.formUnion(dependents[uid] ?? [])
        }
        guard event.type != .deleted else { return dirty }
        let summary = event.object.summary
        guard Self.needsNode(summary) else {
            if let uid = summary.uid {
                plainUIDs.insert(uid)
                dirty.formUnion(dependents[uid] ?? [])
            }
            return dirty
        }
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

    /// What an owner reference to `uid` points at.
    func owner(_ uid: String) -> OwnerStatus {
        if plainUIDs.contains(uid) { return .live }
        guard let node = byUID[uid].flatMap({ nodes[$0] }) else { return .absent }
        return node.beingDeleted && node.finalizers.contains(Finalizer.foregroundDeletion) ? .deletingInForeground : .live
    }

    /// Whether the collector may act on an object with `summary` (as a dependent, or as an owner
    /// being deleted): it has owners, finalizers or a deletion mark.
    private static func needsNode(_ summary: ObjectSummary) -> Bool {
        !summary.ownerReferences.isEmpty || !summary.finalizers.isEmpty || summary.beingDeleted
    }
}

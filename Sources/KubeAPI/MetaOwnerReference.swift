/// `metav1.OwnerReference`: a link from a dependent to its owner, used by garbage collection.
public struct OwnerReference: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    /// A reference to `owner`, which must have a name and uid to be useful to the garbage collector.
    /// `apiVersion` and `kind` come from the owner's Swift type when it is a `KubeResource` (list
    /// items from the server omit them), otherwise from the object (`DynamicObject`).
    /// `controller` marks the managing controller (at most one per object).
    public init(owner: some KubeObject, controller: Bool = false, blockOwnerDeletion: Bool = false) {
        self.init()
        if let resource = owner as? any KubeResource {
            apiVersion = type(of: resource).apiVersion
            kind = type(of: resource).kind
        } else {
            apiVersion = owner.apiVersion
            kind = owner.kind
        }
        name = owner.metadata.name
        uid = owner.metadata.uid
        if controller { self.controller = true }
        if blockOwnerDeletion { self.blockOwnerDeletion = true }
    }

    public var apiVersion: String? { get { self[field: "apiVersion"] } set { self[field: "apiVersion"] = newValue } }
    public var kind: String? { get { self[field: "kind"] } set { self[field: "kind"] = newValue } }
    public var name: String? { get { self[field: "name"] } set { self[field: "name"] = newValue } }
    public var uid: String? { get { self[field: "uid"] } set { self[field: "uid"] = newValue } }
    public var controller: Bool? { get { self[field: "controller"] } set { self[field: "controller"] = newValue } }
    public var blockOwnerDeletion: Bool? { get { self[field: "blockOwnerDeletion"] } set { self[field: "blockOwnerDeletion"] = newValue } }
}

/// Setting a controller reference when another controller already owns the object.
public struct AlreadyControlledError: Error, Sendable, CustomStringConvertible {
    /// The reference to the existing controller.
    public var existing: OwnerReference
    public var description: String {
        "object is already controlled by \(existing.kind ?? "?") \(existing.name ?? "?") (uid \(existing.uid ?? "?"))"
    }
}

extension ObjectMeta {
    /// The owner reference with `controller: true`, if any.
    public var controllerReference: OwnerReference? {
        ownerReferences.first { $0.controller == true }
    }

    /// Whether the object has an owner reference (controller or not) to `uid`.
    public func isOwned(byUID uid: String) -> Bool {
        ownerReferences.contains { $0.uid == uid }
    }

    /// Makes `owner` this object's controller: adds or replaces the reference with the same uid
    /// (as `controller: true`, `blockOwnerDeletion: true`).
    /// - Throws: `AlreadyControlledError` when a different object is already the controller.
    public mutating func setControllerReference(to owner: some KubeObject) throws(AlreadyControlledError) {
        let reference = OwnerReference(owner: owner, controller: true, blockOwnerDeletion: true)
        if let existing = controllerReference, existing.uid != reference.uid {
            throw AlreadyControlledError(existing: existing)
        }
        var references = ownerReferences
        if let index = references.firstIndex(where: { $0.uid == reference.uid }) {
            // Update in place so members this type does not model survive.
            references[index].apiVersion = reference.apiVersion
            references[index].kind = reference.kind
            references[index].name = reference.name
            references[index].controller = true
            references[index].blockOwnerDeletion = true
        } else {
            references.append(reference)
        }
        ownerReferences = references
    }
}

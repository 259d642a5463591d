import KubeAPI

/// Reading and writing the metadata fields the lifecycle rules depend on.
extension JSONValue {
    var uid: String? { self["metadata"]?["uid"]?.stringValue }

    var finalizers: [String] {
        get { self["metadata"]?["finalizers"]?.arrayValue?.compactMap(\.stringValue) ?? [] }
        set { self[path: ["metadata", "finalizers"]] = newValue.isEmpty ? nil : .array(newValue.map { .string($0) }) }
    }

    var isBeingDeleted: Bool {
        guard let timestamp = self["metadata"]?["deletionTimestamp"] else { return false }
        return !timestamp.isNull
    }

    /// The `ownerReferences` that name a uid.
    var ownerReferences: [OwnerReference] {
        (self["metadata"]?["ownerReferences"]?.arrayValue ?? []).compactMap { reference in
            guard let uid = reference["uid"]?.stringValue else { return nil }
            return OwnerReference(uid: uid, blockOwnerDeletion: reference["blockOwnerDeletion"]?.boolValue ?? false)
        }
    }

    /// The kind for messages: `kind` when set, else the resource.
    func kindName(_ resource: ResourceID) -> String { self["kind"]?.stringValue ?? resource.description }
}

/// The part of an owner reference the garbage collector needs.
struct OwnerReference: Hashable, Sendable {
    var uid: String
    var blockOwnerDeletion: Bool
}

/// Finalizer names with meaning to the store.
public enum Finalizer {
    /// Owner waits until its blocking dependents are deleted.
    public static let foregroundDeletion = "foregroundDeletion"
    /// Dependents are orphaned before the owner goes.
    public static let orphan = "orphan"
    /// Namespace `spec.finalizers` entry: the namespace controller empties the namespace first.
    public static let kubernetes = "kubernetes"
}

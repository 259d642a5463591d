import KubeAPI
import KubeClient

/// Adding and removing finalizers by patch.
///
/// Each write is a merge patch of the whole `metadata.finalizers` list guarded by the object's
/// `resourceVersion`, so a concurrent change of the list makes it fail with a conflict (the
/// reconcile then retries) instead of silently dropping another controller's finalizer. Nothing is
/// written when the list already has (or lacks) the finalizer.
public enum Finalizers {
    /// Ensures `object` carries `finalizer`; returns the object as stored.
    /// - Throws: the client's errors (a conflict if the object changed since it was read).
    public static func add<Object: KubeObject>(_ finalizer: String, to object: Object, using client: ResourceClient<Object>) async throws -> Object {
        var finalizers = object.metadata.finalizers
        guard !finalizers.contains(finalizer) else { return object }
        finalizers.append(finalizer)
        return try await write(finalizers, to: object, using: client)
    }

    /// Ensures `object` no longer carries `finalizer`; returns the object as stored (the server may
    /// delete it at once if it was being deleted and this was its last finalizer).
    /// - Throws: the client's errors (a conflict if the object changed since it was read).
    public static func remove<Object: KubeObject>(_ finalizer: String, from object: Object, using client: ResourceClient<Object>) async throws -> Object {
        let finalizers = object.metadata.finalizers
        guard finalizers.contains(finalizer) else { return object }
        return try await write(finalizers.filter { $0 != finalizer }, to: object, using: client)
    }

    private static func write<Object: KubeObject>(_ finalizers: [String], to object: Object, using client: ResourceClient<Object>) async throws -> Object {
        let name = try requireName(object)
        var metadata: [String: JSONValue] = ["finalizers": .array(finalizers.map(JSONValue.string))]
        if let version = object.metadata.resourceVersion { metadata["resourceVersion"] = .string(version) }
        return try await client.inNamespace(object.metadata.namespace ?? client.namespace)
            .patch(name, .merge(["metadata": .object(metadata)]))
    }
}

/// The object has no `metadata.name`, so it cannot be written by name.
public struct MissingNameError: Error, Sendable, CustomStringConvertible {
    public var kind: String
    public var description: String { "\(kind) has no metadata.name" }
}

func requireName(_ object: some KubeObject) throws(MissingNameError) -> String {
    guard let name = object.metadata.name, !name.isEmpty else { throw MissingNameError(kind: object.kind ?? "object") }
    return name
}

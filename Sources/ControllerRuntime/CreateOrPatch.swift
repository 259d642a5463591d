import KubeAPI
import KubeClient
import KubePatch

/// What `createOrPatch` did.
public enum CreateOrPatchResult: Sendable, Hashable {
    case created
    case patched
    /// The mutation changed nothing: no request was written.
    case unchanged
}

extension ResourceClient where Object: KubeResource {
    /// Reads the object `key`, applies `mutate` (to a new object with name and namespace set when
    /// it does not exist), and writes only what changed: a create, a merge patch guarded by the
    /// read `resourceVersion`, or nothing at all when the mutation changed nothing.
    /// - Throws: the client's errors (a conflict when the object changed between read and write)
    ///   and whatever `mutate` throws.
    @discardableResult
    public func createOrPatch(_ key: ObjectKey, mutate: (inout Object) throws -> Void) async throws -> (object: Object, result: CreateOrPatchResult) {
        let client = inNamespace(key.namespace.isEmpty ? namespace : key.namespace)
        let existing: Object?
        do {
            existing = try await client.get(key.name)
        } catch let error as KubeAPIError where error.isNotFound {
            existing = nil
        }
        guard let existing else {
            var fresh = Object(name: key.name, namespace: key.namespace.isEmpty ? nil : key.namespace)
            try mutate(&fresh)
            return (try await client.create(fresh), .created)
        }
        var desired = existing
        try mutate(&desired)
        guard desired.json != existing.json else { return (existing, .unchanged) }
        var patch = MergePatch.create(from: existing.json, to: desired.json)
        if let version = existing.metadata.resourceVersion { patch[path: ["metadata", "resourceVersion"]] = .string(version) }
        return (try await client.patch(key.name, .merge(patch)), .patched)
    }

    /// Reads the object, applies `mutate` to it, and writes its status subresource, retrying the
    /// read-mutate-write on conflicts up to `attempts` times. Writes nothing when the status is
    /// unchanged.
    /// - Throws: the client's errors; the last conflict when every attempt conflicted.
    @discardableResult
    public func updateStatus(_ key: ObjectKey, attempts: Int = 5, mutate: (inout Object) throws -> Void) async throws -> Object {
        let client = inNamespace(key.namespace.isEmpty ? namespace : key.namespace)
        var attempt = 0
        while true {
            attempt += 1
            let current = try await client.get(key.name)
            var desired = current
            try mutate(&desired)
            guard desired.json["status"] != current.json["status"] else { return current }
            do {
                return try await client.updateStatus(desired)
            } catch let error as KubeAPIError where error.isConflict && attempt < attempts {
                continue
            }
        }
    }
}

import KubeAPI

/// The store's writes for async callers: the same operations and rules as `ObjectStore.create`,
/// `update`, `delete` and `mutate`, but waiting for the database commit by suspending rather than
/// blocking a thread. With a database, concurrent async writers then share one transaction, which
/// is what makes durable writes fast on a small thread pool. In memory mode there is no wait.
public struct SuspendingWrites: Sendable {
    public let store: ObjectStore

    /// See `ObjectStore.create`.
    public func create(_ resource: ResourceID, _ key: ObjectKey, _ object: JSONValue) async throws(StoreError) -> StoredObject {
        let stored = try store.applyCreate(resource, key, object)
        try await store.awaitCommit(of: stored.resourceVersion)
        return stored
    }

    /// See `ObjectStore.update`.
    public func update(_ resource: ResourceID, _ key: ObjectKey, _ transform: (StoredObject) throws -> JSONValue) async throws -> StoredObject {
        try await mutate(resource, key) { current in .replace(try transform(current)) }.object
    }

    /// See `ObjectStore.delete`.
    public func delete(_ resource: ResourceID, _ key: ObjectKey, precondition: (StoredObject) throws -> Void) async throws -> StoredObject {
        try await mutate(resource, key) { current in
            try precondition(current)
            return .delete(finalState: nil)
        }.object
    }

    /// See `ObjectStore.mutate`.
    public func mutate(_ resource: ResourceID, _ key: ObjectKey, _ decide: (StoredObject) throws -> StoreMutation) async throws -> MutationResult {
        while true {
            switch try store.plan(resource, key, decide) {
            case .unchanged(let result):
                return result
            case .write(let expecting, let change):
                guard let result = try store.applyPlanned(resource, key, expecting: expecting, change) else { continue }
                try await store.awaitCommit(of: result.object.resourceVersion)
                return result
            }
        }
    }
}

extension ObjectStore {
    /// The writes that suspend instead of blocking while the database commits (see
    /// `SuspendingWrites`); prefer them from async code when the store has a database.
    public var suspending: SuspendingWrites { SuspendingWrites(store: self) }
}

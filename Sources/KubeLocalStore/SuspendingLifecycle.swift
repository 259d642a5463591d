import KubeAPI

/// `ObjectLifecycle`'s delete and update for async callers: the same rules, waiting for the
/// database commit by suspending rather than blocking a thread (see `SuspendingWrites`).
public struct SuspendingLifecycle: Sendable {
    public let lifecycle: ObjectLifecycle

    /// See `ObjectLifecycle.delete`.
    public func delete(
        _ resource: ResourceID, _ key: ObjectKey, options: DeleteOptions = DeleteOptions()
    ) async throws(StoreError) -> ObjectLifecycle.DeleteOutcome {
        let decide = lifecycle.deletionDecision(resource, key, options)
        do {
            return ObjectLifecycle.outcome(try await lifecycle.store.suspending.mutate(resource, key, decide))
        } catch {
            throw ObjectLifecycle.storeError(error, "delete of \(resource) \"\(key.name)\"")
        }
    }

    /// See `ObjectLifecycle.update`.
    public func update(_ resource: ResourceID, _ key: ObjectKey, _ transform: (StoredObject) throws -> JSONValue) async throws -> MutationResult {
        try await lifecycle.store.suspending.mutate(resource, key) { current in
            try ObjectLifecycle.updateDecision(current, resource, key, transform)
        }
    }
}

extension ObjectLifecycle {
    /// The delete and update that suspend instead of blocking while the database commits.
    public var suspending: SuspendingLifecycle { SuspendingLifecycle(lifecycle: self) }
}

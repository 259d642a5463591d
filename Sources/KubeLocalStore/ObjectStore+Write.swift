import KubeAPI
import Synchronization

/// A write prepared outside the lock.
enum PendingChange: Sendable {
    case put(PreparedObject)
    /// Delete; the object is the final state the DELETED event carries.
    case remove(PreparedObject)
}

/// The result of one attempt to write.
enum WriteAttempt: Sendable {
    case written(StoredObject)
    /// The object changed since it was read: read again and retry.
    case stale
}

extension ObjectStore {
    /// Applies `change` at `key` if the object is still at `expecting` (`nil`: must be absent),
    /// under the lock: takes the next version, updates the table and history, then publishes
    /// (memory mode) or waits for the database commit (database mode).
    func write(_ resource: ResourceID, _ key: ObjectKey, expecting: Int64?, _ change: PendingChange) throws(StoreError) -> WriteAttempt {
        let persistent = database != nil
        let (attempt, wake) = try state.withLock { s throws(StoreError) -> (WriteAttempt, [CheckedContinuation<Void, Never>]) in
            if let failure = s.failure { throw failure }
            let current = s.tables[resource]?[key]
            if let expecting {
                guard let current else { throw StoreError.notFound(resource, key) }
                guard current.resourceVersion == expecting else { return (.stale, []) }
            } else if current != nil {
                throw StoreError.alreadyExists(resource, key)
            }
            s.resourceVersion += 1
            let version = s.resourceVersion
            let stored: StoredObject
            let type: StoreEventType
            switch change {
            case .put(let prepared):
                stored = prepared.stamped(version)
                type = current == nil ? .added : .modified
                s.tables[resource, default: ResourceTable()].put(key, stored)
            case .remove(let prepared):
                stored = prepared.stamped(version)
                type = .deleted
                s.tables[resource]?.remove(key)
            }
            let event = StoreEvent(type: type, resource: resource, key: key, object: stored)
            s.history.append(HistoryEntry(event: event, previous: current))
            if persistent {
                s.pending.append(
                    PendingWrite(resource: resource, key: key, resourceVersion: version, json: type == .deleted ? nil : stored.json))
                return (.written(stored), [])
            }
            return (.written(stored), s.publish(through: version))
        }
        for waiter in wake { waiter.resume() }
        if case .written(let stored) = attempt, persistent {
            try awaitCommit(of: stored.resourceVersion)
        }
        return attempt
    }

    /// Returns once the write with `version` is committed. The first waiter to take the commit lock
    /// writes every pending write in one transaction (group commit), then publishes them.
    func awaitCommit(of version: Int64) throws(StoreError) {
        guard let database else { return }
        let wake = try database.withWriter { writer throws(StoreError) -> [CheckedContinuation<Void, Never>] in
            if writer.committedVersion >= version { return [] }
            let batch = try state.withLock { s throws(StoreError) -> [PendingWrite] in
                if let failure = s.failure { throw failure }
                defer { s.pending.removeAll(keepingCapacity: true) }
                return s.pending
            }
            guard let last = batch.last else {
                throw StoreError(.internal, "write \(version) was lost before its commit")
            }
            do throws(StoreError) {
                try writer.commit(batch)
            } catch {
                state.withLock { $0.failure = error }
                throw error
            }
            return state.withLock { $0.publish(through: last.resourceVersion) }
        }
        for waiter in wake { waiter.resume() }
    }
}

import KubeAPI
import Synchronization

/// A write prepared outside the lock.
enum PendingChange: Sendable {
    case put(PreparedObject)
    /// Delete; the object is the final state the DELETED event carries.
    case remove(PreparedObject)
}

/// The result of one attempt to apply a write.
enum WriteAttempt: Sendable {
    case written(StoredObject)
    /// The object changed since it was read: read again and retry.
    case stale
}

/// What a read-modify-write will do, decided outside the lock.
enum MutationPlan: Sendable {
    /// Nothing to write.
    case unchanged(MutationResult)
    /// Write `change` if the object is still at `expecting`.
    case write(expecting: Int64, PendingChange)
}

extension ObjectStore {
    /// Reads the current object and runs `decide` (outside the lock).
    func plan(_ resource: ResourceID, _ key: ObjectKey, _ decide: (StoredObject) throws -> StoreMutation) throws -> MutationPlan {
        guard let stored = get(resource, key) else { throw StoreError.notFound(resource, key) }
        // `decide` and the lifecycle rules read the current object more than once
        let current = stored.parsedOnce()
        switch try decide(current) {
        case .keep:
            return .unchanged(MutationResult(object: current, change: nil))
        case .replace(let object):
            let currentVersion = String(current.resourceVersion)
            if let requested = object["metadata"]?["resourceVersion"]?.stringValue, !requested.isEmpty, requested != currentVersion {
                throw StoreError.conflict(resource, key)
            }
            let prepared = try PreparedObject(object, resource: resource, index: fieldIndex)
            // serialization is canonical: the same bytes mean the same object
            if prepared.isSame(as: current) { return .unchanged(MutationResult(object: current, change: nil)) }
            return .write(expecting: current.resourceVersion, .put(prepared))
        case .delete(let finalState):
            let final = try PreparedObject(finalState ?? current.object, resource: resource, index: fieldIndex)
            return .write(expecting: current.resourceVersion, .remove(final))
        }
    }

    /// Applies `change` at `key` if the object is still at `expecting` (`nil`: must be absent),
    /// under the lock: takes the next version, updates the table and history, then publishes
    /// (memory mode) or queues the write for the committer (database mode). The caller waits for
    /// the commit (`waitForCommit`) before acknowledging.
    func apply(_ resource: ResourceID, _ key: ObjectKey, expecting: Int64?, _ change: PendingChange) throws(StoreError) -> WriteAttempt {
        let persistent = database != nil
        let (attempt, wake, signal) = try state.withLock { s throws(StoreError) -> (WriteAttempt, [CheckedContinuation<Void, Never>], Bool) in
            if let failure = s.failure { throw failure }
            let current = s.tables[resource]?[key]
            if let expecting {
                guard let current else { throw StoreError.notFound(resource, key) }
                guard current.resourceVersion == expecting else { return (.stale, [], false) }
            } else if current != nil {
                throw StoreError.alreadyExists(resource, key)
            }
            s.resourceVersion += 1
            let version = s.resourceVersion
            let stored: StoredObject
            let type: StoreEventType
            switch change {
            case .put(let prepared):
                stored = prepared.stamped(version, retainingObject: s.retainParsedObjects)
                type = current == nil ? .added : .modified
                s.tables[resource, default: ResourceTable()].put(key, stored)
            case .remove(let prepared):
                stored = prepared.stamped(version, retainingObject: s.retainParsedObjects)
                type = .deleted
                s.tables[resource]?.remove(key)
            }
            let event = StoreEvent(type: type, resource: resource, key: key, object: stored)
            s.appendToHistory(HistoryEntry(event: event, previous: current))
            guard persistent else { return (.written(stored), s.publish(through: version), false) }
            s.pending.append(
                PendingWrite(resource: resource, key: key, resourceVersion: version, json: type == .deleted ? nil : stored.json))
            let signal = !s.committerSignalled
            s.committerSignalled = true
            return (.written(stored), [], signal)
        }
        for waiter in wake { waiter.resume() }
        if signal { committer?.signal() }
        return attempt
    }

    /// Blocks the calling thread until the write with `version` is committed (database mode).
    /// - Throws: `internal` when the commit failed.
    func waitForCommit(of version: Int64) throws(StoreError) {
        guard database != nil else { return }
        let waiter = BlockedCommitWaiter()
        let outcome = state.withLock { s -> StoreError?? in
            if let failure = s.failure { return .some(failure) }
            if s.publishedVersion >= version { return .some(nil) }
            s.commitWaiters.append((version, .blocked(waiter)))
            return nil
        }
        let error = outcome ?? waiter.wait()
        if let error { throw error }
    }

    /// Suspends until the write with `version` is committed (database mode), without blocking a
    /// thread.
    /// - Throws: `internal` when the commit failed.
    func awaitCommit(of version: Int64) async throws(StoreError) {
        guard database != nil else { return }
        let error = await withCheckedContinuation { (continuation: CheckedContinuation<StoreError?, Never>) in
            let outcome = state.withLock { s -> StoreError?? in
                if let failure = s.failure { return .some(failure) }
                if s.publishedVersion >= version { return .some(nil) }
                s.commitWaiters.append((version, .suspended(continuation)))
                return nil
            }
            if let outcome { continuation.resume(returning: outcome) }
        }
        if let error { throw error }
    }

    /// Commits every pending write, batch after batch, until none is left (run by the committer).
    func commitPendingWrites() {
        guard let database else { return }
        while true {
            let batch = state.withLock { s -> [PendingWrite] in
                s.committerSignalled = false
                defer { s.pending.removeAll(keepingCapacity: true) }
                return s.pending
            }
            guard let last = batch.last else { return }
            var failure: StoreError?
            do throws(StoreError) {
                try database.withWriter { writer throws(StoreError) in try writer.commit(batch) }
            } catch {
                failure = error
            }
            let (committed, watchers) = state.withLock { s -> ([CommitWaiter], [CheckedContinuation<Void, Never>]) in
                if let failure {
                    s.failure = failure
                    s.pending.removeAll()
                    defer { s.commitWaiters.removeAll() }
                    return (s.commitWaiters.map(\.1), [])
                }
                let watchers = s.publish(through: last.resourceVersion)
                var done: [CommitWaiter] = []
                s.commitWaiters.removeAll { version, waiter in
                    guard version <= last.resourceVersion else { return false }
                    done.append(waiter)
                    return true
                }
                return (done, watchers)
            }
            for watcher in watchers { watcher.resume() }
            for waiter in committed { waiter.resume(failure) }
        }
    }
}

import KubeAPI
import Synchronization

/// The versioned object store behind the local API server: every object of every resource, one
/// global resource version, a bounded history of changes for watches, optional SQLite durability.
///
/// Guarantees:
/// - Every create, update and delete takes the next global resource version (strictly increasing
///   across all resources and, with a database, across restarts).
/// - Watchers see every change in version order, none lost or duplicated; a watcher that falls
///   more than its buffer limit behind, or whose next change left the history, gets an error.
/// - With `databasePath`, a write returns only after its SQLite (WAL) transaction committed, so an
///   acknowledged write survives the process being killed. Concurrent writers share transactions
///   (group commit). The watch history is not persisted: after a restart, watching or continuing
///   a list from a version older than the restart gives `gone`.
/// - Reads see writes as soon as they are applied in memory, which in database mode can be a few
///   microseconds before the writer is acknowledged; watchers only see committed changes.
/// - With a database, a dedicated thread commits; the writes here block their thread until then,
///   while `suspending` offers the same writes suspending instead (better from async code).
public final class ObjectStore: Sendable {
    let state: Mutex<StoreState>
    let database: StoreDatabase?
    let committer: Committer?
    /// The selectable fields summarized at write time.
    let fieldIndex: FieldIndex

    /// Opens a store; with `databasePath`, loads the objects and the resource version saved there.
    /// - Parameters:
    ///   - historyLimit: how many recent changes are kept for watch-from-version and consistent
    ///     pagination; older versions give `gone`.
    ///   - retainParsedObjects: keep each object's parsed form next to its JSON (fast `object`
    ///     access, about three times the memory); by default only the JSON and its summary are
    ///     kept, and `StoredObject.object` parses on each access.
    ///   - fieldIndex: the selectable fields recorded in each object's summary.
    /// - Throws: `StoreError.internal` when the database cannot be opened or read.
    public init(
        historyLimit: Int = 100_000, databasePath: String? = nil, retainParsedObjects: Bool = false,
        fieldIndex: FieldIndex = .none
    ) throws(StoreError) {
        self.fieldIndex = fieldIndex
        guard let databasePath else {
            database = nil
            committer = nil
            var initial = StoreState(resourceVersion: 0, historyLimit: historyLimit)
            initial.retainParsedObjects = retainParsedObjects
            state = Mutex(initial)
            return
        }
        let database = try StoreDatabase(path: databasePath)
        let loaded = try database.load(retainingObjects: retainParsedObjects, fieldIndex: fieldIndex)
        var initial = StoreState(resourceVersion: loaded.resourceVersion, historyLimit: historyLimit)
        initial.tables = loaded.tables
        initial.retainParsedObjects = retainParsedObjects
        self.database = database
        state = Mutex(initial)
        let committer = Committer()
        self.committer = committer
        committer.start(self)
    }

    deinit { committer?.stop() }

    /// The store's current revision: the version of the last write.
    public var resourceVersion: Int64 { state.withLock { $0.resourceVersion } }

    /// The current object at `key`, if any.
    public func get(_ resource: ResourceID, _ key: ObjectKey) -> StoredObject? {
        state.withLock { $0.tables[resource]?[key] }
    }

    /// Every resource that has held an object since the store opened, sorted.
    public func resources() -> [ResourceID] {
        state.withLock { Array($0.tables.keys) }.sorted()
    }

    /// Creates the object at `key`, setting `metadata.resourceVersion`.
    /// - Throws: `alreadyExists` when an object is there, `invalid` when `object` is not a JSON
    ///   object, `internal` when the database failed.
    public func create(_ resource: ResourceID, _ key: ObjectKey, _ object: JSONValue) throws(StoreError) -> StoredObject {
        let stored = try applyCreate(resource, key, object)
        try waitForCommit(of: stored.resourceVersion)
        return stored
    }

    /// Atomically replaces the object at `key` with `transform(current)`.
    ///
    /// If the returned object carries a non-empty `metadata.resourceVersion` different from the
    /// current one, the update fails with `conflict` (optimistic concurrency; clear the field for an
    /// unconditional update). A result equal to the current object writes nothing and returns the
    /// current object. `transform` may run more than once when other writers interleave.
    /// - Throws: `notFound`, `conflict`, `invalid`, `internal`, or what `transform` throws.
    public func update(_ resource: ResourceID, _ key: ObjectKey, _ transform: (StoredObject) throws -> JSONValue) throws -> StoredObject {
        try mutate(resource, key) { current in .replace(try transform(current)) }.object
    }

    /// Deletes the object at `key` after `precondition(current)` returned; the DELETED event and the
    /// returned object carry a new resource version.
    /// - Throws: `notFound`, `internal`, or what `precondition` throws.
    public func delete(_ resource: ResourceID, _ key: ObjectKey, precondition: (StoredObject) throws -> Void) throws -> StoredObject {
        try mutate(resource, key) { current in
            try precondition(current)
            return .delete(finalState: nil)
        }.object
    }

    /// The general atomic read-modify-write behind `update` and `delete`: `decide` sees the current
    /// object and chooses to keep, replace or delete it. Replacement follows `update`'s rules.
    /// `decide` may run more than once when other writers interleave; it runs outside the lock.
    /// - Throws: `notFound`, `conflict`, `invalid`, `internal`, or what `decide` throws.
    public func mutate(_ resource: ResourceID, _ key: ObjectKey, _ decide: (StoredObject) throws -> StoreMutation) throws -> MutationResult {
        while true {
            switch try plan(resource, key, decide) {
            case .unchanged(let result):
                return result
            case .write(let expecting, let change):
                guard let result = try applyPlanned(resource, key, expecting: expecting, change) else { continue }
                try waitForCommit(of: result.object.resourceVersion)
                return result
            }
        }
    }

    func applyCreate(_ resource: ResourceID, _ key: ObjectKey, _ object: JSONValue) throws(StoreError) -> StoredObject {
        let prepared = try PreparedObject(object, resource: resource, index: fieldIndex)
        guard case .written(let stored) = try apply(resource, key, expecting: nil, .put(prepared)) else {
            throw StoreError(.internal, "create of \(resource) \"\(key.name)\" was reported stale")
        }
        return stored
    }

    /// Applies a planned change; nil when the object changed meanwhile (plan again).
    func applyPlanned(_ resource: ResourceID, _ key: ObjectKey, expecting: Int64, _ change: PendingChange) throws(StoreError) -> MutationResult? {
        switch try apply(resource, key, expecting: expecting, change) {
        case .written(let stored):
            if case .put = change { return MutationResult(object: stored, change: .modified) }
            return MutationResult(object: stored, change: .deleted)
        case .stale:
            return nil
        }
    }
}

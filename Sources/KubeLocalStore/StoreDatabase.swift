import Foundation
import GRDB
import KubeAPI
import Synchronization

/// The SQLite file behind a durable store: one row per current object plus the store's revision.
/// Objects live in a rowid table (rows of a few KiB stay on their leaf page, and new rows append)
/// with a unique index on their key.
///
/// Journal mode WAL with `synchronous = NORMAL`: a committed transaction is in the WAL file before
/// the commit returns, so it survives the process being killed (not necessarily a power loss).
final class StoreDatabase: Sendable {
    /// The database connection and the highest committed version, behind the commit lock.
    struct Writer: ~Copyable {
        let queue: DatabaseQueue
        var committedVersion: Int64

        /// Writes `batch` (in version order) and the new revision in one transaction.
        mutating func commit(_ batch: [PendingWrite]) throws(StoreError) {
            guard let last = batch.last else { return }
            do {
                try queue.write { db in
                    let upsert = try db.cachedStatement(
                        sql: "INSERT OR REPLACE INTO objects (grp, resource, namespace, name, rv, json) VALUES (?, ?, ?, ?, ?, ?)")
                    let remove = try db.cachedStatement(
                        sql: "DELETE FROM objects WHERE grp = ? AND resource = ? AND namespace = ? AND name = ?")
                    for write in batch {
                        let r = write.resource
                        let k = write.key
                        if let json = write.json {
                            try upsert.execute(arguments: [r.group, r.resource, k.namespace, k.name, write.resourceVersion, Data(json)])
                        } else {
                            try remove.execute(arguments: [r.group, r.resource, k.namespace, k.name])
                        }
                    }
                    // The revision is the newest row's version unless the batch ended with a deletion.
                    if last.json == nil {
                        try db.execute(
                            sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('resourceVersion', ?)", arguments: [last.resourceVersion])
                    }
                }
            } catch {
                throw StoreError(.internal, "database write failed: \(error)")
            }
            committedVersion = last.resourceVersion
        }
    }

    /// What a database holds at open.
    struct Contents {
        var tables: [ResourceID: ResourceTable]
        var resourceVersion: Int64
    }

    private let writer: Mutex<Writer>

    /// Opens (creating if needed) the database at `path`.
    /// - Throws: `StoreError.internal` naming the path and SQLite's error.
    init(path: String) throws(StoreError) {
        do {
            var configuration = Configuration()
            configuration.journalMode = .wal
            // A store closing the same file (checkpointing its WAL) holds a lock for a moment.
            configuration.busyMode = .timeout(10)
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.write { db in
                try db.execute(
                    sql: """
                        CREATE TABLE IF NOT EXISTS objects (
                            id INTEGER PRIMARY KEY,
                            grp TEXT NOT NULL, resource TEXT NOT NULL, namespace TEXT NOT NULL, name TEXT NOT NULL,
                            rv INTEGER NOT NULL, json BLOB NOT NULL);
                        CREATE UNIQUE INDEX IF NOT EXISTS objects_by_key ON objects (grp, resource, namespace, name);
                        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY NOT NULL, value INTEGER NOT NULL);
                        """)
            }
            writer = Mutex(Writer(queue: queue, committedVersion: 0))
        } catch {
            throw StoreError(.internal, "cannot open database \(path): \(error)")
        }
    }

    /// Reads every stored object and the saved revision (at least the newest object's version).
    /// - Throws: `StoreError.internal` when the file cannot be read or a row holds invalid JSON.
    func load(retainingObjects: Bool, fieldIndex: FieldIndex) throws(StoreError) -> Contents {
        let contents = try writer.withLock { writer throws(StoreError) -> Contents in
            do {
                let contents = try writer.queue.read { db -> Contents in
                    var objects: [ResourceID: [ObjectKey: StoredObject]] = [:]
                    var version = try Int64.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'resourceVersion'") ?? 0
                    let rows = try Row.fetchCursor(db, sql: "SELECT grp, resource, namespace, name, rv, json FROM objects")
                    while let row = try rows.next() {
                        let resource = ResourceID(group: row[0], resource: row[1])
                        let key = ObjectKey(namespace: row[2], name: row[3])
                        let rv: Int64 = row[4]
                        let data: Data = row[5]
                        let json = [UInt8](data)
                        let object: JSONValue
                        do {
                            object = try JSONValue.parse(json)
                        } catch {
                            throw StoreError(.internal, "stored \(resource) \(key) is not valid JSON: \(error)")
                        }
                        objects[resource, default: [:]][key] = StoredObject(
                            object: retainingObjects ? .some(object) : .none, resourceVersion: rv, json: json,
                            summary: ObjectSummary(of: object, resource: resource, index: fieldIndex))
                        version = max(version, rv)
                    }
                    return Contents(tables: objects.mapValues(ResourceTable.init), resourceVersion: version)
                }
                writer.committedVersion = contents.resourceVersion
                return contents
            } catch let error as StoreError {
                throw error
            } catch {
                throw StoreError(.internal, "cannot read database: \(error)")
            }
        }
        return contents
    }

    /// Runs `body` holding the commit lock.
    func withWriter<T>(_ body: (inout Writer) throws(StoreError) -> T) throws(StoreError) -> T {
        try writer.withLock { writer throws(StoreError) -> T in try body(&writer) }
    }
}

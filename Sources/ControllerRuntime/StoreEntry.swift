import KubeAPI

/// One cached object as a `Store` holds it: the decoded object or its compact JSON bytes
/// (`StoreRepresentation`), with its resource version kept apart so that a relist can tell an
/// unchanged object without decoding it.
struct StoreEntry<Object: KubeObject>: Sendable, Equatable {
    enum Storage: Sendable, Equatable {
        case object(Object)
        case bytes([UInt8])
    }

    let storage: Storage
    let resourceVersion: String?

    /// Wraps `object` (already transformed) in `representation`.
    init(_ object: Object, representation: StoreRepresentation) {
        resourceVersion = object.metadata.resourceVersion
        switch representation {
        case .objects:
            storage = .object(object)
        case .compact:
            let encoded = object.json.jsonBytes
            // An array of exactly the encoded size: the encoder's buffer has spare capacity.
            storage = .bytes([UInt8](unsafeUninitializedCapacity: encoded.count) { buffer, count in
                count = buffer.initialize(fromContentsOf: encoded)
            })
        }
    }

    /// The typed object (decoded again for `compact`).
    var object: Object {
        switch storage {
        case .object(let object):
            return object
        case .bytes(let bytes):
            // The bytes are this store's own encoding of a JSONValue, which always parses back to
            // the same value; the fallback is unreachable and only avoids a trap.
            return Object(json: (try? JSONValue.parse(bytes)) ?? .emptyObject)
        }
    }
}

/// A change the store applied, holding entries: decoded into a `StoreDelta` only when it is handed
/// out, one at a time, so that a replace in the `compact` representation never holds the whole
/// decoded state at once.
enum StoreChange<Object: KubeObject>: Sendable {
    case added(StoreEntry<Object>)
    case updated(old: StoreEntry<Object>, new: StoreEntry<Object>)
    case deleted(StoreEntry<Object>)

    var delta: StoreDelta<Object> {
        switch self {
        case .added(let entry): .added(entry.object)
        case .updated(let old, let new): .updated(old: old.object, new: new.object)
        case .deleted(let entry): .deleted(entry.object)
        }
    }
}

/// The changes of one `Store.replace`, ordered by key: made from the replaced and the new content
/// as they are iterated (`previous` is kept only as long as this value is).
struct StoreChanges<Object: KubeObject>: Sequence, Sendable {
    let previous: [ObjectKey: StoreEntry<Object>]
    let current: [ObjectKey: StoreEntry<Object>]
    /// The keys whose entry was added, changed or removed, sorted.
    let changed: [ObjectKey]

    struct Iterator: IteratorProtocol {
        let changes: StoreChanges
        var keys: IndexingIterator<[ObjectKey]>

        mutating func next() -> StoreChange<Object>? {
            while let key = keys.next() {
                switch (changes.previous[key], changes.current[key]) {
                case (nil, let new?): return .added(new)
                case (let old?, let new?): return .updated(old: old, new: new)
                case (let old?, nil): return .deleted(old)
                case (nil, nil): continue  // not produced by `Store.replace`
                }
            }
            return nil
        }
    }

    func makeIterator() -> Iterator { Iterator(changes: self, keys: changed.makeIterator()) }
}

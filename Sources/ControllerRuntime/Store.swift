import KubeAPI
import Synchronization

/// A function that files an object under zero or more index values.
public typealias IndexFunction<Object: KubeObject> = @Sendable (Object) -> [String]

/// The informer cache of one resource type: objects by key, secondary indexes, and the resource
/// version it has caught up to.
///
/// Guarantees: every read sees a consistent snapshot (all changes apply under one lock, and
/// `replace` swaps the whole content atomically); indexes always match the objects; the built-in
/// indexes `Store.namespaceIndex` and `Store.controllerUIDIndex` are always present. Objects pass
/// through the `StoreTransform` before they are kept, and are held as the `StoreRepresentation`
/// says (decoded, or compact JSON decoded on every read). `waitUntilSynced` and
/// `waitForResourceVersion` suspend until the cache reaches that state, and throw
/// `CancellationError` if the waiting task is cancelled.
public final class Store<Object: KubeObject>: Sendable {
    typealias Indices = [String: [String: [ObjectKey]]]

    /// Index of objects by namespace (`""` for cluster-scoped): served from the keys, which sort
    /// by namespace first, so it costs no memory per object.
    public static var namespaceIndex: String { "namespace" }
    /// Index of objects by the uid of their controller owner reference.
    public static var controllerUIDIndex: String { "controllerUID" }

    private enum WaitCondition: Sendable {
        case synced
        case resourceVersion(String)
    }

    private enum WaitOutcome { case ready, cancelled, parked }

    private struct State: Sendable {
        var objects: [ObjectKey: StoreEntry<Object>] = [:]
        /// The keys of `objects` in order, once a read has asked for them; kept in step by adds
        /// and removals, dropped by `replace`.
        var sortedKeys: [ObjectKey]?
        /// Index name → value → the keys filed under it, sorted.
        var indices: Indices = [:]
        var resourceVersion: String?
        var hasSynced = false
        var waiters = Waiters<WaitCondition>()

        func satisfies(_ condition: WaitCondition) -> Bool {
            switch condition {
            case .synced: hasSynced
            case .resourceVersion(let target): ResourceVersion.reached(resourceVersion, target: target)
            }
        }
    }

    private let state = Mutex(State())
    private let indexers: [String: IndexFunction<Object>]
    private let transform: StoreTransform
    /// How the objects are held.
    public let representation: StoreRepresentation

    /// - Parameters:
    ///   - indexers: custom indexes by name, in addition to the built-in ones (a custom index
    ///     named like a built-in one is ignored).
    ///   - transform: what to keep of each object.
    ///   - representation: how to hold the kept objects.
    public init(indexers: [String: IndexFunction<Object>] = [:], transform: StoreTransform = .default, representation: StoreRepresentation = .objects) {
        var all = indexers
        all[Self.namespaceIndex] = nil  // built in, served from the sorted keys
        all[Self.controllerUIDIndex] = { object in object.metadata.controllerReference?.uid.map { [$0] } ?? [] }
        self.indexers = all
        self.transform = transform
        self.representation = representation
    }

    // MARK: Reads

    /// The cached object with `key`.
    public func get(_ key: ObjectKey) -> Object? { state.withLock { $0.objects[key] }?.object }

    /// Every cached object, ordered by key.
    public func list() -> [Object] {
        state.withLock { state in Self.sortedKeys(&state).compactMap { state.objects[$0] } }.map(\.object)
    }

    /// The objects in `namespace`, ordered by key.
    public func list(namespace: String) -> [Object] {
        // A range of the sorted keys (they sort by namespace first): no sort per call.
        state.withLock { state in
            let keys = Self.sortedKeys(&state)
            var index = keys.insertionIndex(of: ObjectKey(namespace: namespace, name: ""))
            var entries: [StoreEntry<Object>] = []
            while index < keys.count, keys[index].namespace == namespace {
                if let entry = state.objects[keys[index]] { entries.append(entry) }
                index += 1
            }
            return entries
        }.map(\.object)
    }

    /// The objects the index `name` files under `value`, ordered by key.
    /// - Throws: nothing; an unknown index name yields no objects.
    public func objects(index name: String, value: String) -> [Object] {
        // The namespace index is the sorted keys themselves (they sort by namespace first).
        if name == Self.namespaceIndex { return list(namespace: value) }
        return state.withLock { state in
            (state.indices[name]?[value] ?? []).compactMap { state.objects[$0] }
        }.map(\.object)
    }

    /// The keys of all cached objects, ordered.
    public var keys: [ObjectKey] { state.withLock { Self.sortedKeys(&$0) } }
    public var count: Int { state.withLock { $0.objects.count } }
    /// The last resource version the cache caught up to (list, event or bookmark).
    public var resourceVersion: String? { state.withLock { $0.resourceVersion } }
    /// Whether the initial list has been applied.
    public var hasSynced: Bool { state.withLock { $0.hasSynced } }

    // MARK: Writes

    /// Adds or replaces one object; returns the change (nil when the object carries no name).
    @discardableResult
    public func upsert(_ incoming: Object) -> StoreDelta<Object>? {
        let object = kept(incoming)
        let key = ObjectKey(object)
        guard !key.name.isEmpty else { return nil }
        let entry = StoreEntry(object, representation: representation)
        let (old, ready) = state.withLock { state -> (Object?, [CheckedContinuation<Void, any Error>]) in
            let old = state.objects[key]?.object  // decoded once: to unindex it and to report it
            if let old { unindex(old, key: key, from: &state.indices) } else { state.sortedKeys?.insertSorted(key) }
            state.objects[key] = entry
            index(object, key: key, into: &state.indices)
            return (old, advance(&state, to: entry.resourceVersion))
        }
        for continuation in ready { continuation.resume() }
        return old.map { .updated(old: $0, new: object) } ?? .added(object)
    }

    /// Removes the object with `object`'s key; returns the change (nil if it was not cached). The
    /// deleted object reported is the incoming one (the server's final state).
    @discardableResult
    public func delete(_ incoming: Object) -> StoreDelta<Object>? {
        let object = kept(incoming)
        let key = ObjectKey(object)
        let (removed, ready) = state.withLock { state -> (Bool, [CheckedContinuation<Void, any Error>]) in
            let old = state.objects.removeValue(forKey: key)
            if let old {
                unindex(old.object, key: key, from: &state.indices)
                state.sortedKeys?.removeSorted(key)
            }
            return (old != nil, advance(&state, to: object.metadata.resourceVersion))
        }
        for continuation in ready { continuation.resume() }
        return removed ? .deleted(object) : nil
    }

    /// Replaces the whole content with `objects` at `resourceVersion` in one step and marks the
    /// store synced. Returns the differences, ordered by key: additions, updates (objects whose
    /// resource version or content changed) and deletions — so handlers learn of deletions that
    /// happened while the watch was down.
    @discardableResult
    public func replace(with incoming: [Object], resourceVersion: String?) -> [StoreDelta<Object>] {
        var fresh: [ObjectKey: StoreEntry<Object>] = [:]
        fresh.reserveCapacity(incoming.count)
        for object in incoming {
            let kept = kept(object)
            let key = ObjectKey(kept)
            if !key.name.isEmpty { fresh[key] = StoreEntry(kept, representation: representation) }
        }
        return replace(entries: fresh, resourceVersion: resourceVersion).map(\.delta)
    }

    /// What the store keeps of `incoming` (the transform applied).
    private func kept(_ incoming: Object) -> Object { Object(json: transform.apply(incoming.json)) }

    /// What the store would hold for `incoming` (the transform applied, in the store's
    /// representation) and its key; nil when it has no name. Lets a reflector shed what is not
    /// kept while it collects a list, instead of holding whole objects until `replace`. An object
    /// whose resource version the store already holds is the cached entry itself, so that a
    /// relist holds one copy of every unchanged object, not two.
    func entry(_ incoming: Object) -> (ObjectKey, StoreEntry<Object>)? {
        let object = kept(incoming)
        let key = ObjectKey(object)
        guard !key.name.isEmpty else { return nil }
        let version = object.metadata.resourceVersion
        if version != nil, let cached = state.withLock({ $0.objects[key] }), cached.resourceVersion == version {
            return (key, cached)
        }
        return (key, StoreEntry(object, representation: representation))
    }

    /// `replace` for entries made by `entry`, by key. The changes are made as the caller iterates
    /// them, and decoded one by one as it reads their `delta`: only the sorted keys of the changed
    /// objects are held, not a change per object.
    func replace(entries fresh: [ObjectKey: StoreEntry<Object>], resourceVersion: String?) -> StoreChanges<Object> {
        // Indexed before taking the lock: in the compact representation it decodes every object.
        var indices: Indices = [:]
        for (key, entry) in fresh {
            let object = entry.object
            for (name, function) in indexers {
                for value in function(object) { indices[name, default: [:]][value, default: []].append(key) }
            }
        }
        indices = indices.mapValues { byValue in
            byValue.mapValues { keys in
                var sorted = keys
                sorted.sortAndDeduplicate()
                return sorted
            }
        }
        let (previous, changed, ready) = state.withLock { state -> ([ObjectKey: StoreEntry<Object>], [ObjectKey], [CheckedContinuation<Void, any Error>]) in
            var changed: [ObjectKey] = []
            for key in state.objects.keys where fresh[key] == nil { changed.append(key) }
            for (key, entry) in fresh where state.objects[key] != entry { changed.append(key) }
            changed.sort()
            let previous = state.objects
            state.objects = fresh
            if !changed.isEmpty { state.sortedKeys = nil }
            state.indices = indices
            state.hasSynced = true
            var ready = advance(&state, to: resourceVersion)
            ready += Self.takeSatisfied(&state)
            return (previous, changed, ready)
        }
        for continuation in ready { continuation.resume() }
        return StoreChanges(previous: previous, current: fresh, changed: changed)
    }

    /// Records that the cache is current up to `resourceVersion` (a watch bookmark).
    public func setResourceVersion(_ resourceVersion: String) {
        let ready = state.withLock { advance(&$0, to: resourceVersion) }
        for continuation in ready { continuation.resume() }
    }

    // MARK: Waits

    /// Returns once the initial list has been applied.
    /// - Throws: `CancellationError` if the task is cancelled first.
    public func waitUntilSynced() async throws {
        try await wait(for: .synced)
    }

    /// Returns once the cache has seen `resourceVersion` (read-your-writes: pass the version the
    /// server returned for your write).
    /// - Throws: `CancellationError` if the task is cancelled first.
    public func waitForResourceVersion(_ resourceVersion: String) async throws {
        try await wait(for: .resourceVersion(resourceVersion))
    }

    private func wait(for condition: WaitCondition) async throws {
        let id = state.withLock { $0.waiters.makeID() }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let outcome = state.withLock { state -> WaitOutcome in
                    if state.satisfies(condition) { return .ready }
                    return state.waiters.park(id: id, condition: condition, continuation: continuation) ? .parked : .cancelled
                }
                switch outcome {
                case .ready: continuation.resume()
                case .cancelled: continuation.resume(throwing: CancellationError())
                case .parked: break
                }
            }
        } onCancel: {
            state.withLock { $0.waiters.cancel(id: id) }?.resume(throwing: CancellationError())
        }
        state.withLock { $0.waiters.finish(id: id) }
    }

    // MARK: Internals (lock held)

    private static func sortedKeys(_ state: inout State) -> [ObjectKey] {
        if let keys = state.sortedKeys { return keys }
        let keys = state.objects.keys.sorted()
        state.sortedKeys = keys
        return keys
    }

    private func advance(_ state: inout State, to resourceVersion: String?) -> [CheckedContinuation<Void, any Error>] {
        guard let resourceVersion else { return [] }
        state.resourceVersion = resourceVersion
        guard state.waiters.count > 0 else { return [] }
        return Self.takeSatisfied(&state)
    }

    private static func takeSatisfied(_ state: inout State) -> [CheckedContinuation<Void, any Error>] {
        let snapshot = (hasSynced: state.hasSynced, resourceVersion: state.resourceVersion)
        return state.waiters.takeSatisfied { condition in
            switch condition {
            case .synced: snapshot.hasSynced
            case .resourceVersion(let target): ResourceVersion.reached(snapshot.resourceVersion, target: target)
            }
        }
    }

    private func index(_ object: Object, key: ObjectKey, into indices: inout Indices) {
        for (name, function) in indexers {
            for value in function(object) { indices[name, default: [:]][value, default: []].insertSorted(key) }
        }
    }

    private func unindex(_ object: Object, key: ObjectKey, from indices: inout Indices) {
        for (name, function) in indexers {
            for value in function(object) {
                indices[name]?[value]?.removeSorted(key)
                if indices[name]?[value]?.isEmpty == true { indices[name]?[value] = nil }
            }
        }
    }
}

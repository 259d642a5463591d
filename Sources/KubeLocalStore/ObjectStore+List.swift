import KubeAPI

/// What a list reads under the lock: the table as of now and, for a list read at an older
/// version, the state at that version of every key that changed since.
private struct ListSnapshot: Sendable {
    var table: ResourceTable
    var resourceVersion: Int64
    /// Keys changed after `resourceVersion` → their state at `resourceVersion` (`nil`: absent then).
    var pastStates: [ObjectKey: StoredObject?]
}

extension ObjectStore {
    /// Lists the objects of `resource` (in `namespace`, or all when nil) that satisfy `predicate`,
    /// sorted by namespace then name.
    ///
    /// With `limit`, returns at most that many items and a continue token when more match. A
    /// continued list is served from the same snapshot as its first page: every page shows the
    /// objects as of the first page's resource version, reconstructed from the history. When that
    /// version has left the history (or predates a restart), the continued list fails with `gone`,
    /// like the Kubernetes API server after compaction. `remainingItemCount` counts the matching
    /// items after the page. An empty token is no token. `predicate` runs outside the lock.
    /// - Throws: `invalid` for a malformed token, `gone` for an expired one.
    public func list(
        _ resource: ResourceID, namespace: String?, limit: Int?, continueToken: String?,
        where predicate: (JSONValue) -> Bool
    ) throws(StoreError) -> ListResult {
        try list(resource, namespace: namespace, limit: limit, continueToken: continueToken, at: nil, where: predicate)
    }

    /// Like `list(_:namespace:limit:continueToken:where:)`, but read as of `resourceVersion` when
    /// given (`resourceVersionMatch=Exact`), reconstructed from the history; a continue token
    /// carries its own version and takes precedence.
    /// - Throws: `gone` when `resourceVersion` left the history, `invalid` when it is in the
    ///   future ("Too large resource version"), and as the other `list`.
    public func list(
        _ resource: ResourceID, namespace: String?, limit: Int?, continueToken: String?, at resourceVersion: Int64?,
        where predicate: (JSONValue) -> Bool
    ) throws(StoreError) -> ListResult {
        try list(resource, namespace: namespace, limit: limit, continueToken: continueToken, at: resourceVersion) { _, stored in
            predicate(stored.object)
        }
    }

    /// Like `list(_:namespace:limit:continueToken:at:where:)`, with a predicate over each
    /// object's key and stored form, which can filter by `StoredObject.summary` without parsing
    /// the JSON (a compact store lists without parsing anything when it does).
    public func list(
        _ resource: ResourceID, namespace: String?, limit: Int?, continueToken: String?, at resourceVersion: Int64? = nil,
        matching predicate: (ObjectKey, StoredObject) -> Bool
    ) throws(StoreError) -> ListResult {
        var token: ContinueToken?
        if let continueToken, !continueToken.isEmpty { token = try ContinueToken(decoding: continueToken) }
        let snapshot = try state.withLock { s throws(StoreError) -> ListSnapshot in
            let table = s.tables[resource] ?? ResourceTable()
            let readVersion: Int64
            if let token {
                guard token.resourceVersion <= s.resourceVersion else {
                    throw StoreError(.invalid, "continue key is not valid: resource version \(token.resourceVersion) is in the future")
                }
                guard token.resourceVersion + 1 >= s.history.oldestVersion else {
                    throw StoreError(
                        .gone,
                        "The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter."
                    )
                }
                readVersion = token.resourceVersion
            } else if let resourceVersion {
                guard resourceVersion <= s.resourceVersion else {
                    throw StoreError(.invalid, "Too large resource version: \(resourceVersion), current: \(s.resourceVersion)")
                }
                guard resourceVersion + 1 >= s.history.oldestVersion else {
                    throw StoreError.tooOld(resourceVersion, oldest: s.history.oldestVersion - 1)
                }
                readVersion = resourceVersion
            } else {
                readVersion = s.resourceVersion
            }
            var past: [ObjectKey: StoredObject?] = [:]
            var version = readVersion + 1
            while version <= s.resourceVersion {
                if let entry = s.history[version], entry.event.resource == resource,
                    token.map({ $0.after < entry.event.key }) ?? true,
                    namespace == nil || namespace == entry.event.key.namespace, past[entry.event.key] == nil
                {
                    past[entry.event.key] = .some(entry.previous)
                }
                version += 1
            }
            return ListSnapshot(table: table, resourceVersion: readVersion, pastStates: past)
        }
        return page(of: snapshot, resource: resource, namespace: namespace, after: token?.after, limit: limit, predicate)
    }

    private func page(
        of snapshot: ListSnapshot, resource: ResourceID, namespace: String?, after: ObjectKey?, limit: Int?,
        _ predicate: (ObjectKey, StoredObject) -> Bool
    ) -> ListResult {
        let table = snapshot.table
        let keys = table.sortedKeys
        var index: Int
        if let after {
            index = table.firstIndex(after: after)
        } else if let namespace {
            index = table.firstIndex(notBefore: ObjectKey(namespace: namespace, name: ""))
        } else {
            index = 0
        }
        // Keys that existed at the snapshot but are gone now, in list order.
        let vanished = snapshot.pastStates.compactMap { key, past in past != nil && table[key] == nil ? key : nil }.sorted()
        var vanishedIndex = 0
        let pageSize = limit.flatMap { $0 > 0 ? $0 : nil } ?? Int.max
        var items: [StoredObject] = []
        items.reserveCapacity(min(pageSize, keys.count - index + vanished.count))
        var lastKey: ObjectKey?
        var remaining = 0
        while true {
            let key: ObjectKey
            let useVanished: Bool
            if vanishedIndex < vanished.count, index >= keys.count || vanished[vanishedIndex] < keys[index] {
                key = vanished[vanishedIndex]
                useVanished = true
            } else if index < keys.count {
                key = keys[index]
                useVanished = false
            } else {
                break
            }
            if let namespace, key.namespace != namespace {
                if key.namespace > namespace { break }
            } else {
                let object: StoredObject?
                if let past = snapshot.pastStates[key] { object = past } else { object = table[key] }
                if let object, predicate(key, object) {
                    if items.count < pageSize {
                        items.append(object)
                        lastKey = key
                    } else {
                        remaining += 1
                    }
                }
            }
            if useVanished { vanishedIndex += 1 } else { index += 1 }
        }
        guard remaining > 0, let lastKey else {
            return ListResult(items: items, resourceVersion: snapshot.resourceVersion, continueToken: nil, remainingItemCount: nil)
        }
        let token = ContinueToken(resourceVersion: snapshot.resourceVersion, after: lastKey)
        return ListResult(items: items, resourceVersion: snapshot.resourceVersion, continueToken: token.encoded, remainingItemCount: remaining)
    }
}

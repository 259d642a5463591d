/// One change kept for watch replay and for consistent pagination: the event and the object's state
/// just before it (`nil` when the change created the object).
struct HistoryEntry: Sendable {
    let event: StoreEvent
    let previous: StoredObject?
}

/// The most recent changes in resource-version order, at most `limit` of them.
///
/// Every write takes the next resource version, so retained versions are contiguous: the entry for
/// version `v` sits at offset `v - oldestVersion`. A ring buffer: appending and evicting are O(1).
struct EventHistory: Sendable {
    let limit: Int
    private var storage: [HistoryEntry] = []
    private var start = 0
    /// The version of the oldest retained entry; when empty, the version the next write will get.
    private(set) var oldestVersion: Int64

    init(limit: Int, nextVersion: Int64) {
        self.limit = max(1, limit)
        self.oldestVersion = nextVersion
    }

    var count: Int { storage.count }

    /// The version of the newest retained entry (`oldestVersion - 1` when empty).
    var newestVersion: Int64 { oldestVersion + Int64(storage.count) - 1 }

    /// Appends the entry for version `newestVersion + 1`, evicting the oldest entry when full.
    mutating func append(_ entry: HistoryEntry) {
        if storage.count < limit {
            storage.append(entry)
        } else {
            storage[start] = entry
            start = (start + 1) % limit
            oldestVersion += 1
        }
    }

    /// The entry for `version`, if retained.
    subscript(version: Int64) -> HistoryEntry? {
        guard version >= oldestVersion, version <= newestVersion else { return nil }
        return storage[(start + Int(version - oldestVersion)) % storage.count]
    }
}

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
/// Entries are kept with their resource as an index into a table of the resources seen (88 bytes
/// an entry instead of 120: 1.6 MiB less for 50,000 retained changes).
struct EventHistory: Sendable {
    let limit: Int
    private var storage: [Slot] = []
    private var start = 0
    private var resources: [ResourceID] = []
    private var resourceIndex: [ResourceID: UInt32] = [:]
    /// The version of the oldest retained entry; when empty, the version the next write will get.
    private(set) var oldestVersion: Int64

    /// One retained change: a `HistoryEntry` with its resource interned.
    private struct Slot: Sendable {
        let type: StoreEventType
        let resource: UInt32
        let key: ObjectKey
        let object: StoredObject
        let previous: StoredObject?
    }

    init(limit: Int, nextVersion: Int64) {
        self.limit = max(1, limit)
        self.oldestVersion = nextVersion
    }

    var count: Int { storage.count }

    /// The version of the newest retained entry (`oldestVersion - 1` when empty).
    var newestVersion: Int64 { oldestVersion + Int64(storage.count) - 1 }

    /// Appends the entry for version `newestVersion + 1`, evicting the oldest entry when full.
    mutating func append(_ entry: HistoryEntry) {
        let slot = Slot(
            type: entry.event.type, resource: intern(entry.event.resource), key: entry.event.key,
            object: entry.event.object, previous: entry.previous)
        if storage.count < limit {
            storage.append(slot)
        } else {
            storage[start] = slot
            start = (start + 1) % limit
            oldestVersion += 1
        }
    }

    /// The entry for `version`, if retained.
    subscript(version: Int64) -> HistoryEntry? {
        guard version >= oldestVersion, version <= newestVersion else { return nil }
        let slot = storage[(start + Int(version - oldestVersion)) % storage.count]
        let event = StoreEvent(type: slot.type, resource: resources[Int(slot.resource)], key: slot.key, object: slot.object)
        return HistoryEntry(event: event, previous: slot.previous)
    }

    /// The index of `resource` in `resources`, added on first sight.
    private mutating func intern(_ resource: ResourceID) -> UInt32 {
        if let index = resourceIndex[resource] { return index }
        let index = UInt32(resources.count)
        resources.append(resource)
        resourceIndex[resource] = index
        return index
    }
}

/// The current objects of one resource: a dictionary for lookups plus the keys in list order.
///
/// A value type; copying it (to list outside the store's lock) shares storage until the next write.
struct ResourceTable: Sendable {
    private(set) var objects: [ObjectKey: StoredObject] = [:]
    private(set) var sortedKeys: [ObjectKey] = []

    init() {}

    /// A table holding `objects`, sorted once (for loading a database).
    init(_ objects: [ObjectKey: StoredObject]) {
        self.objects = objects
        self.sortedKeys = objects.keys.sorted()
    }

    subscript(key: ObjectKey) -> StoredObject? { objects[key] }

    var count: Int { objects.count }

    /// Inserts or replaces the object at `key`.
    mutating func put(_ key: ObjectKey, _ object: StoredObject) {
        if objects.updateValue(object, forKey: key) == nil {
            if let last = sortedKeys.last, !(last < key) {
                sortedKeys.insert(key, at: firstIndex(notBefore: key))
            } else {
                sortedKeys.append(key)
            }
        }
    }

    /// Removes the object at `key`, if any.
    mutating func remove(_ key: ObjectKey) {
        guard objects.removeValue(forKey: key) != nil else { return }
        let index = firstIndex(notBefore: key)
        if index < sortedKeys.count, sortedKeys[index] == key { sortedKeys.remove(at: index) }
    }

    /// The position of the first key that is not less than `key` (binary search).
    func firstIndex(notBefore key: ObjectKey) -> Int {
        var low = 0
        var high = sortedKeys.count
        while low < high {
            let mid = (low + high) / 2
            if sortedKeys[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The position of the first key that comes after `key`.
    func firstIndex(after key: ObjectKey) -> Int {
        let index = firstIndex(notBefore: key)
        return index < sortedKeys.count && sortedKeys[index] == key ? index + 1 : index
    }
}

/// Operations on an array of keys kept sorted and free of duplicates (the store's key order and
/// its index entries).
extension Array where Element == ObjectKey {
    /// The index of the first key not before `key`.
    func insertionIndex(of key: ObjectKey) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Inserts `key` in order, unless it is there already.
    mutating func insertSorted(_ key: ObjectKey) {
        let index = insertionIndex(of: key)
        if index == count || self[index] != key { insert(key, at: index) }
    }

    /// Removes `key`, if it is there.
    mutating func removeSorted(_ key: ObjectKey) {
        let index = insertionIndex(of: key)
        if index < count, self[index] == key { remove(at: index) }
    }

    /// Sorts and drops duplicates (for keys appended in any order).
    mutating func sortAndDeduplicate() {
        sort()
        var kept = 0
        for index in indices where kept == 0 || self[index] != self[kept - 1] {
            self[kept] = self[index]
            kept += 1
        }
        removeLast(count - kept)
    }
}

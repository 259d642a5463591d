/// A list of replica ids with O(1) insert, remove and round-robin pick (order is deterministic).
struct ReplicaSet {
    private(set) var ids: [Int32] = []
    private var cursor = 0

    var isEmpty: Bool { ids.isEmpty }
    var count: Int { ids.count }

    /// Appends `id`, returning its position (to store in the replica).
    mutating func insert(_ id: Int32) -> Int {
        ids.append(id)
        return ids.count - 1
    }

    /// Removes the element at `position` by swapping in the last; returns the id that moved into
    /// `position` (whose stored position must be updated), if any.
    mutating func remove(at position: Int) -> Int32? {
        let last = ids.removeLast()
        guard position < ids.count else { return nil }
        ids[position] = last
        return last
    }

    /// The next id in round-robin order; the set must not be empty.
    mutating func nextRoundRobin() -> Int32 {
        if cursor >= ids.count { cursor = 0 }
        let id = ids[cursor]
        cursor += 1
        return id
    }
}

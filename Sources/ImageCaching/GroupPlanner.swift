/// One prefetch group: a DaemonSet whose pods hold one container per member image.
struct CacheGroup: Sendable, Hashable {
    /// The group's index within its pool (the DaemonSet name's suffix).
    var index: Int
    /// Member Image names, in container order.
    var members: [String]
}

/// The groups a pool should have.
struct GroupPlan: Sendable, Hashable {
    /// Every non-empty group, by index.
    var groups: [CacheGroup]
    /// Indices of existing groups left without members (their DaemonSets are deleted).
    var emptied: [Int]
}

/// Assigns a pool's images to groups of at most `capacity`, disturbing as few groups as possible.
///
/// Guarantees, for a plan made from the previous plan's groups:
/// - an image that stays keeps its group and position; groups are never rebalanced, so removing an
///   image changes only its own group, and adding one changes exactly one group (the lowest-indexed
///   group with room, else a new group at the lowest free index);
/// - no group exceeds `capacity` (a group above it, after the capacity was lowered, keeps its first
///   `capacity` members and the rest are placed like new images);
/// - the result depends only on the inputs (new images are placed in name order).
enum GroupPlanner {
    static func plan(members: [String], existing: [CacheGroup], capacity: Int) -> GroupPlan {
        let capacity = max(1, capacity)
        let wanted = Set(members)
        var placed = Set<String>()
        var groups: [CacheGroup] = []
        for group in existing.sorted(by: { $0.index < $1.index }) where !groups.contains(where: { $0.index == group.index }) {
            var kept: [String] = []
            for member in group.members where wanted.contains(member) && !placed.contains(member) && kept.count < capacity {
                kept.append(member)
                placed.insert(member)
            }
            groups.append(CacheGroup(index: group.index, members: kept))
        }
        let unplaced = Array(wanted.subtracting(placed)).sorted()
        var cursor = 0
        for position in groups.indices where cursor < unplaced.count {
            let room = capacity - groups[position].members.count
            guard room > 0 else { continue }
            let taken = unplaced[cursor..<min(unplaced.count, cursor + room)]
            groups[position].members.append(contentsOf: taken)
            cursor += taken.count
        }
        var used = Set(groups.map(\.index))
        var nextIndex = 0
        while cursor < unplaced.count {
            while used.contains(nextIndex) { nextIndex += 1 }
            let taken = unplaced[cursor..<min(unplaced.count, cursor + capacity)]
            groups.append(CacheGroup(index: nextIndex, members: Array(taken)))
            used.insert(nextIndex)
            cursor += taken.count
        }
        return GroupPlan(
            groups: groups.filter { !$0.members.isEmpty }.sorted { $0.index < $1.index },
            emptied: groups.filter(\.members.isEmpty).map(\.index).sorted())
    }
}

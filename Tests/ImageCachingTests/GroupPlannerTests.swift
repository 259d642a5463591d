import ControllerRuntime
import Testing
@testable import ImageCaching
import ThawDeterminism

@Suite struct GroupPlannerTests {
    @Test func fillsGroupsUpToCapacityInNameOrder() {
        let plan = GroupPlanner.plan(members: ["e", "d", "c", "b", "a"], existing: [], capacity: 2)
        #expect(plan.groups == [CacheGroup(index: 0, members: ["a", "b"]), CacheGroup(index: 1, members: ["c", "d"]), CacheGroup(index: 2, members: ["e"])])
        #expect(plan.emptied.isEmpty)
    }

    @Test func addingAnImageChangesOnlyOneGroup() {
        let existing = [CacheGroup(index: 0, members: ["a", "b"]), CacheGroup(index: 1, members: ["c"]), CacheGroup(index: 2, members: ["d", "e"])]
        let plan = GroupPlanner.plan(members: ["a", "b", "c", "d", "e", "f"], existing: existing, capacity: 2)
        #expect(plan.groups == [existing[0], CacheGroup(index: 1, members: ["c", "f"]), existing[2]])
    }

    @Test func removingAnImageChangesOnlyItsGroupAndAnEmptyGroupIsDeleted() {
        let existing = [CacheGroup(index: 0, members: ["a", "b"]), CacheGroup(index: 1, members: ["c", "d"]), CacheGroup(index: 2, members: ["e"])]
        let plan = GroupPlanner.plan(members: ["a", "c", "d"], existing: existing, capacity: 2)
        #expect(plan.groups == [CacheGroup(index: 0, members: ["a"]), existing[1]])
        #expect(plan.emptied == [2])
    }

    @Test func newGroupsTakeTheLowestFreeIndex() {
        let existing = [CacheGroup(index: 1, members: ["a", "b"])]
        let plan = GroupPlanner.plan(members: ["a", "b", "c", "d", "e"], existing: existing, capacity: 2)
        #expect(plan.groups.map(\.index) == [0, 1, 2])
        #expect(plan.groups[0].members == ["c", "d"])
    }

    @Test func aLoweredCapacityKeepsTheFirstMembersAndMovesTheRest() {
        let existing = [CacheGroup(index: 0, members: ["a", "b", "c"])]
        let plan = GroupPlanner.plan(members: ["a", "b", "c"], existing: existing, capacity: 2)
        #expect(plan.groups == [CacheGroup(index: 0, members: ["a", "b"]), CacheGroup(index: 1, members: ["c"])])
    }

    @Test func anImageListedTwiceStaysInItsFirstGroup() {
        let existing = [CacheGroup(index: 0, members: ["a"]), CacheGroup(index: 1, members: ["a", "b"])]
        let plan = GroupPlanner.plan(members: ["a", "b"], existing: existing, capacity: 3)
        #expect(plan.groups == [CacheGroup(index: 0, members: ["a"]), CacheGroup(index: 1, members: ["b"])])
    }

    @Test func churnAndPodsPerNodeStayBoundedUnderRandomChanges() {
        var generator = SplitMix64(seed: 7)
        var members = Set((0..<60).map { "img-\($0)" })
        var groups = GroupPlanner.plan(members: members.sorted(), existing: [], capacity: 8).groups
        for step in 0..<300 {
            let before = groups
            if step % 2 == 0 || members.isEmpty {
                members.insert("new-\(step)")
            } else if let victim = members.sorted().randomElement(using: &generator) {
                members.remove(victim)
            }
            groups = GroupPlanner.plan(members: members.sorted(), existing: before, capacity: 8).groups
            let changed = Set(groups).symmetricDifference(Set(before)).map(\.index)
            #expect(Set(changed).count <= 1, "one change disturbs at most one group (step \(step))")
            #expect(groups.allSatisfy { $0.members.count <= 8 })
            #expect(Set(groups.flatMap(\.members)) == members)
        }
    }
}

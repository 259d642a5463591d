/// How much an assignment changed between two runs, against the least any algorithm must change.
///
/// `changed` counts, per revision, max(members added, members removed): a replaced member
/// counts once. `minimum` comes from the event (see `SubsettingEvent.minimumChurn`). `ratio` is
/// changed/minimum (1 is ideal; 0 when both are 0, infinity when only the minimum is 0);
/// `fraction` is changed over all memberships after the event.
public struct ChurnScore: Sendable, Hashable {
    public var changed: Int
    public var minimum: Double
    public var memberships: Int

    public init(before: SubsettingOutput, after: SubsettingOutput, minimum: Double) {
        var changed = 0
        var memberships = 0
        for (key, now) in after.assignments {
            let was = Set(before.assignments[key] ?? [])
            let nowSet = Set(now)
            changed += max(nowSet.subtracting(was).count, was.subtracting(nowSet).count)
            memberships += now.count
        }
        self.changed = changed
        self.minimum = minimum
        self.memberships = memberships
    }

    public var ratio: Double {
        if minimum > 0 { return Double(changed) / minimum }
        return changed == 0 ? 0 : .infinity
    }

    public var fraction: Double { memberships == 0 ? 0 : Double(changed) / Double(memberships) }
}

/// A change to the activator set between two subsetting runs, as the scoring scenarios use it.
///
/// The victim is chosen deterministically among the ready activators sorted by id: the middle
/// one for remove and replace, the node of the one a third of the way in for a node failure.
/// - add: a new activator on a new node (in the zone with fewest activators);
/// - remove: the victim's pod is deleted;
/// - replace: a rolling restart: the victim is deleted and a new pod (new id, new IP) starts on
///   the same node;
/// - nodeFailure: every activator on the victim's node becomes unready.
public enum SubsettingEvent: String, Sendable, Hashable, CaseIterable {
    case add
    case remove
    case replace
    case nodeFailure = "node-failure"

    /// The activators after the event, and the ids that stopped being usable.
    public func apply(to activators: [Activator]) -> (activators: [Activator], lost: Set<String>) {
        let ready = activators.filter(\.ready).sorted { $0.id < $1.id }
        guard !ready.isEmpty || self == .add else { return (activators, []) }
        switch self {
        case .add:
            var zoneCounts: [String: Int] = [:]
            for activator in activators { if let zone = activator.zone { zoneCounts[zone, default: 0] += 1 } }
            let zone = zoneCounts.min { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }?.key
            let added = Activator(id: "act-added", ip: "10.255.255.254", node: "node-added", zone: zone)
            return (activators + [added], [])
        case .remove:
            let victim = ready[ready.count / 2]
            return (activators.filter { $0.id != victim.id }, [victim.id])
        case .replace:
            let victim = ready[ready.count / 2]
            let successor = Activator(
                id: victim.id + "-restarted", ip: "10.255.255.253", node: victim.node, zone: victim.zone)
            return (activators.filter { $0.id != victim.id } + [successor], [victim.id])
        case .nodeFailure:
            let node = ready[ready.count / 3].node
            var lost = Set<String>()
            let updated = activators.map { activator -> Activator in
                guard activator.node == node else { return activator }
                lost.insert(activator.id)
                var failed = activator
                failed.ready = false
                return failed
            }
            return (updated, lost)
        }
    }

    /// The fewest membership changes any algorithm must make for this event: the memberships
    /// the lost activators held; for `add`, the new activator's fair share of all memberships
    /// (anything less leaves it under-used).
    public func minimumChurn(previous: SubsettingOutput, lost: Set<String>, after: SubsettingInput) -> Double {
        switch self {
        case .add:
            let memberships = after.revisions.reduce(0) { $0 + after.effectiveSize(of: $1) }
            return after.readyActivators.isEmpty ? 0 : Double(memberships) / Double(after.readyActivators.count)
        case .remove, .replace, .nodeFailure:
            return Double(previous.assignments.values.reduce(0) { $0 + $1.filter(lost.contains).count })
        }
    }
}

/// Takes `count` activators from a preference order while spreading them: first only
/// candidates on a new node in a new zone, then on a new node, then any not yet taken.
///
/// The result therefore covers min(count, nodes) distinct nodes whenever the order lists every
/// ready activator, and as many zones as that allows. Pure; `order` holds topology indices.
public enum SpreadPicker {
    public static func pick(_ count: Int, from order: [Int], topology: ActivatorTopology) -> [Int] {
        var chosen: [Int] = []
        chosen.reserveCapacity(count)
        var usedNodes = Set<Int>()
        var usedZones = Set<Int>()
        var taken = Set<Int>()
        for pass in 0..<3 where chosen.count < count {
            for candidate in order where chosen.count < count && !taken.contains(candidate) {
                let newNode = !usedNodes.contains(topology.node[candidate])
                let newZone = !usedZones.contains(topology.zone[candidate])
                let acceptable = pass == 2 || (pass == 1 && newNode) || (newNode && newZone)
                guard acceptable else { continue }
                chosen.append(candidate)
                taken.insert(candidate)
                usedNodes.insert(topology.node[candidate])
                usedZones.insert(topology.zone[candidate])
            }
        }
        return chosen
    }
}

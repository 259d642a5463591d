extension BalancedState {
    /// Pass 1: keep each revision's previous members that are still ready, on distinct nodes
    /// while the size allows it, then trim revisions whose size shrank by dropping members on
    /// the busiest activators (ties by rank).
    mutating func keepPrevious() {
        for r in keys.indices where size[r] > 0 && !previous[r].isEmpty {
            var candidates: [Int] = []
            for id in previous[r] {
                if let a = topology.index(of: id), !candidates.contains(a) { candidates.append(a) }
            }
            candidates.sort { rank(r, $0) < rank(r, $1) }
            var usedNodes: [Int] = []
            var duplicates: [Int] = []
            for a in candidates {
                if usedNodes.contains(topology.node[a]) {
                    duplicates.append(a)
                } else {
                    usedNodes.append(topology.node[a])
                    add(a, to: r)
                }
            }
            // More members than nodes: nodes must repeat, so previous duplicates may stay.
            let room = size[r] - topology.nodeCount
            if room > 0 {
                for a in duplicates.prefix(room) { add(a, to: r) }
            }
        }
        for r in keys.indices where members[r].count > size[r] {
            while members[r].count > size[r] {
                var worst = 0
                for i in members[r].indices.dropFirst() {
                    let a = members[r][i]
                    let w = members[r][worst]
                    if load[a] > load[w] + tieEpsilon
                        || (abs(load[a] - load[w]) <= tieEpsilon && rank(r, a) > rank(r, w)) {
                        worst = i
                    }
                }
                load[members[r][worst]] -= weight[r]
                members[r].remove(at: worst)
            }
        }
        kept = members
    }
}

extension BalancedState {
    /// Pass 2: fill every vacancy, revisions with the largest per-member load first (then by
    /// key). Each vacancy takes, in this order of preference: an activator on a node the
    /// revision does not use yet, in a zone it does not use yet, whose load stays under the
    /// ceiling; then any on a new node; then any not yet chosen — the least loaded, ties broken
    /// by rank.
    mutating func fillVacancies() {
        let order = keys.indices
            .filter { members[$0].count < size[$0] }
            .sorted { weight[$0] != weight[$1] ? weight[$0] > weight[$1] : $0 < $1 }
        var memberStamp = [Int](repeating: -1, count: topology.count)
        var nodeStamp = [Int](repeating: -1, count: topology.nodeCount)
        var zoneStamp = [Int](repeating: -1, count: topology.zoneCount)
        for r in order {
            for a in members[r] {
                memberStamp[a] = r
                nodeStamp[topology.node[a]] = r
                zoneStamp[topology.zone[a]] = r
            }
            while members[r].count < size[r] {
                guard let a = bestVacancyCandidate(
                    for: r, memberStamp: memberStamp, nodeStamp: nodeStamp, zoneStamp: zoneStamp)
                else { break }
                add(a, to: r)
                memberStamp[a] = r
                nodeStamp[topology.node[a]] = r
                zoneStamp[topology.zone[a]] = r
            }
        }
    }

    private func bestVacancyCandidate(
        for r: Int, memberStamp: [Int], nodeStamp: [Int], zoneStamp: [Int]
    ) -> Int? {
        var best = -1
        var bestTier = Int.max
        var bestLoad = Double.infinity
        var bestRank = UInt64.max
        let w = weight[r]
        for a in 0..<topology.count where memberStamp[a] != r {
            let l = load[a]
            let tier: Int
            if nodeStamp[topology.node[a]] == r {
                tier = 2
            } else if zoneStamp[topology.zone[a]] != r && l + w <= ceiling + tieEpsilon {
                tier = 0
            } else {
                tier = 1
            }
            if tier > bestTier { continue }
            if tier == bestTier {
                if l > bestLoad + tieEpsilon { continue }
                if l >= bestLoad - tieEpsilon {
                    let candidateRank = rank(r, a)
                    if candidateRank >= bestRank { continue }
                    best = a; bestLoad = l; bestRank = candidateRank
                    continue
                }
            }
            best = a; bestTier = tier; bestLoad = l; bestRank = rank(r, a)
        }
        return best >= 0 ? best : nil
    }
}

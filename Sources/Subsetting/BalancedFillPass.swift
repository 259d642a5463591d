extension BalancedState {
    /// How many equally loaded candidates a vacancy compares by rank before settling.
    static let tieWindow = 8

    /// Pass 2: fill every vacancy, revisions with the largest per-member load first (then by
    /// key). Each vacancy takes, in this order of preference: an activator on a node the
    /// revision does not use yet, in a zone it does not use yet, whose load stays under the
    /// zone ceiling; then any on a new node; then any not yet chosen — the least loaded, ties broken
    /// by rank among the first `tieWindow` equally loaded candidates.
    ///
    /// Activators are kept sorted by (load, id hash), so a vacancy scans only from the least
    /// loaded until nothing later can win.
    mutating func fillVacancies() {
        let order = keys.indices
            .filter { members[$0].count < size[$0] }
            .sorted { weight[$0] != weight[$1] ? weight[$0] > weight[$1] : $0 < $1 }
        guard !order.isEmpty else { return }
        var byLoad = Array(0..<topology.count).sorted { precedes($0, $1) }
        var memberStamp = [Int](repeating: -1, count: topology.count)
        var nodeStamp = [Int](repeating: -1, count: topology.nodeCount)
        var zoneStamp = [Int](repeating: -1, count: topology.zoneCount)
        for r in order {
            var usedNodes = 0
            var usedZones = 0
            func mark(_ a: Int) {
                memberStamp[a] = r
                if nodeStamp[topology.node[a]] != r { nodeStamp[topology.node[a]] = r; usedNodes += 1 }
                if zoneStamp[topology.zone[a]] != r { zoneStamp[topology.zone[a]] = r; usedZones += 1 }
            }
            for a in members[r] { mark(a) }
            while members[r].count < size[r] {
                let scan = VacancyScan(
                    revision: r, weight: weight[r], nodesLeft: usedNodes < topology.nodeCount,
                    zonesLeft: usedZones < topology.zoneCount)
                guard let position = bestVacancyPosition(
                    scan, byLoad: byLoad, memberStamp: memberStamp, nodeStamp: nodeStamp, zoneStamp: zoneStamp)
                else { break }
                let a = byLoad[position]
                add(a, to: r)
                mark(a)
                moveUp(at: position, in: &byLoad)
            }
        }
    }

    private struct VacancyScan {
        var revision: Int
        var weight: Double
        var nodesLeft: Bool
        var zonesLeft: Bool
    }

    private struct Candidate {
        var position: Int
        var load: Double
        var rank: UInt64
        var ties: Int
    }

    /// Lower (load, id hash) first: the order `byLoad` is kept in.
    private func precedes(_ a: Int, _ b: Int) -> Bool {
        load[a] != load[b] ? load[a] < load[b] : topology.idHash[a] < topology.idHash[b]
    }

    /// Restores the order after the activator at `position` gained load: finds its new place
    /// among the later entries by binary search and shifts the ones in between down.
    private func moveUp(at position: Int, in byLoad: inout [Int]) {
        let a = byLoad[position]
        var low = position + 1
        var high = byLoad.count
        while low < high {
            let mid = (low + high) / 2
            if precedes(byLoad[mid], a) { low = mid + 1 } else { high = mid }
        }
        let target = low - 1
        guard target > position else { return }
        byLoad.withUnsafeMutableBufferPointer { buffer in
            for i in position..<target { buffer[i] = buffer[i + 1] }
            buffer[target] = a
        }
    }

    /// The position in `byLoad` of the best candidate for one vacancy, or nil if every ready
    /// activator is already a member.
    private func bestVacancyPosition(
        _ scan: VacancyScan, byLoad: [Int], memberStamp: [Int], nodeStamp: [Int], zoneStamp: [Int]
    ) -> Int? {
        let r = scan.revision
        var tier0: Candidate?
        var tier1: Candidate?
        var tier2: Candidate?
        for position in byLoad.indices {
            let a = byLoad[position]
            let l = load[a]
            if let top = tier0 {
                if l > top.load + tieEpsilon || top.ties >= Self.tieWindow { break }
            } else if let second = tier1 {
                if l > second.load + tieEpsilon || second.ties >= Self.tieWindow,
                   !scan.zonesLeft || l + scan.weight > zoneCeiling + tieEpsilon { break }
            } else if let third = tier2 {
                if l > third.load + tieEpsilon || third.ties >= Self.tieWindow, !scan.nodesLeft { break }
            }
            if memberStamp[a] == r { continue }
            if nodeStamp[topology.node[a]] == r {
                consider(&tier2, position: position, load: l, rank: rank(r, a))
            } else if zoneStamp[topology.zone[a]] != r && l + scan.weight <= zoneCeiling + tieEpsilon {
                consider(&tier0, position: position, load: l, rank: rank(r, a))
            } else {
                consider(&tier1, position: position, load: l, rank: rank(r, a))
            }
        }
        return (tier0 ?? tier1 ?? tier2)?.position
    }

    /// Keeps the first (least-loaded) candidate of a tier, replaced by an equally loaded one of
    /// lower rank among the first `tieWindow`.
    private func consider(_ best: inout Candidate?, position: Int, load l: Double, rank candidateRank: UInt64) {
        guard var current = best else {
            best = Candidate(position: position, load: l, rank: candidateRank, ties: 1)
            return
        }
        guard l <= current.load + tieEpsilon, current.ties < Self.tieWindow else { return }
        current.ties += 1
        if candidateRank < current.rank {
            current.position = position
            current.rank = candidateRank
        }
        best = current
    }
}

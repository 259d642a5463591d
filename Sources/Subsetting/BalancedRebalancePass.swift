extension BalancedState {
    /// Pass 3: while the least-loaded activator is under the floor (or the busiest over the
    /// ceiling), move one membership towards balance. A move of weight x from donor d to
    /// receiver v is allowed only if load(d) − load(v) > x (the sum of squared loads strictly
    /// falls, so the pass terminates), v is not already a member and the revision keeps at
    /// least its distinct node count (and zone count, unless the donor is over the zone ceiling).
    /// Activators for which no move exists are set aside; the pass stops when no activator
    /// outside the band can be helped.
    mutating func rebalance() {
        let m = topology.count
        guard m > 1 else { return }
        var revisionsOf = [[Int]](repeating: [], count: m)
        for r in keys.indices {
            for a in members[r] { revisionsOf[a].append(r) }
        }
        var holdsKept = [Bool](repeating: false, count: m)
        for subset in kept { for a in subset { holdsKept[a] = true } }
        // A move needs a load gap wider than the lightest membership; past that, nothing can move.
        let lightest = keys.indices.filter { !members[$0].isEmpty }.map { weight[$0] }.min() ?? 0
        var stuckReceivers = Set<Int>()
        var stuckDonors = Set<Int>()
        let budget = members.reduce(0) { $0 + $1.count } + m
        var moves = 0
        while moves < budget {
            if let v = extreme(lowest: true, excluding: stuckReceivers), load[v] < floor - tieEpsilon {
                let donors = (0..<m).filter { load[$0] > load[v] + lightest + tieEpsilon }.sorted { isBusier($0, than: $1) }
                if donors.isEmpty {
                    // Every other receiver is at least as loaded, so none has a donor either.
                    stuckReceivers.formUnion(0..<m)
                    continue
                }
                if let move = firstMove(from: donors, to: [v], revisionsOf: revisionsOf, holdsKept: holdsKept) {
                    apply(move, revisionsOf: &revisionsOf)
                    moves += 1
                } else {
                    stuckReceivers.insert(v)
                }
                continue
            }
            if let d = extreme(lowest: false, excluding: stuckDonors), load[d] > ceiling + tieEpsilon {
                let receivers = (0..<m).filter { load[$0] < load[d] - lightest - tieEpsilon }.sorted { isBusier($1, than: $0) }
                if receivers.isEmpty {
                    stuckDonors.formUnion(0..<m)
                    continue
                }
                if let move = firstMove(from: [d], to: receivers, revisionsOf: revisionsOf, holdsKept: holdsKept) {
                    apply(move, revisionsOf: &revisionsOf)
                    moves += 1
                } else {
                    stuckDonors.insert(d)
                }
                continue
            }
            break
        }
    }

    private struct Move {
        var revision: Int
        var donor: Int
        var receiver: Int
    }

    /// A strict order by load, then by id hash, so ties resolve the same way every run.
    private func isBusier(_ a: Int, than b: Int) -> Bool {
        load[a] != load[b] ? load[a] > load[b] : topology.idHash[a] > topology.idHash[b]
    }

    private func extreme(lowest: Bool, excluding: Set<Int>) -> Int? {
        var best: Int?
        for a in 0..<topology.count where !excluding.contains(a) {
            guard let current = best else { best = a; continue }
            if lowest ? isBusier(current, than: a) : isBusier(a, than: current) { best = a }
        }
        return best
    }

    /// The first allowed move over donors × receivers (both in preference order). Within one
    /// pair it takes the heaviest revision whose weight is at most half the load gap (fewest
    /// memberships moved, no overshoot), else the lightest allowed one. A membership kept from
    /// the previous subsets moves only to an activator that holds no kept membership (a new,
    /// replacing or recovered activator); memberships placed by this run's fill move freely,
    /// since moving them adds no churn. So a change to the activators disturbs only the
    /// revisions it touches, plus the fair share a new activator must take.
    private func firstMove(from donors: [Int], to receivers: [Int], revisionsOf: [[Int]], holdsKept: [Bool]) -> Move? {
        for d in donors {
            for v in receivers where v != d {
                let gap = load[d] - load[v]
                var within: Int?
                var lightest: Int?
                for r in revisionsOf[d] where weight[r] < gap - tieEpsilon {
                    let fits = weight[r] <= gap / 2 + tieEpsilon
                    if fits, let best = within, weight[r] <= weight[best] + tieEpsilon { continue }
                    if !fits, within != nil { continue }
                    if !fits, let best = lightest, weight[r] >= weight[best] - tieEpsilon { continue }
                    guard !holdsKept[v] || !kept[r].contains(d), canSwap(d, for: v, in: r) else { continue }
                    if fits { within = r } else { lightest = r }
                }
                if let r = within ?? lightest { return Move(revision: r, donor: d, receiver: v) }
            }
        }
        return nil
    }

    /// Whether replacing `d` by `v` in revision `r` keeps `v` new to it and does not reduce the
    /// revision's distinct nodes, nor its distinct zones unless `d` is over the zone ceiling (as
    /// in the fill pass, zone spread yields to balance only above it).
    private func canSwap(_ d: Int, for v: Int, in r: Int) -> Bool {
        let current = members[r]
        if current.contains(v) { return false }
        let replaced = current.map { $0 == d ? v : $0 }
        guard distinct(replaced, topology.node) >= distinct(current, topology.node) else { return false }
        return load[d] > zoneCeiling + tieEpsilon
            || distinct(replaced, topology.zone) >= distinct(current, topology.zone)
    }

    private func distinct(_ activators: [Int], _ label: [Int]) -> Int {
        var seen: [Int] = []
        for a in activators where !seen.contains(label[a]) { seen.append(label[a]) }
        return seen.count
    }

    private mutating func apply(_ move: Move, revisionsOf: inout [[Int]]) {
        let r = move.revision
        if let i = members[r].firstIndex(of: move.donor) { members[r][i] = move.receiver }
        load[move.donor] -= weight[r]
        load[move.receiver] += weight[r]
        if let i = revisionsOf[move.donor].firstIndex(of: r) { revisionsOf[move.donor].remove(at: i) }
        revisionsOf[move.receiver].append(r)
    }
}

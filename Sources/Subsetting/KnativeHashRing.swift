import ThawDeterminism

/// The per-revision ring of Knative's `hash.ChooseSubset` (knative/pkg), rebuilt from its
/// description.
///
/// - The ring has 2048 slots. The start angle is FNV-1a-64(target + "start-angle-salt") mod
///   2048 and the step FNV-1a-64(target + "step-angle-salt") mod 2048.
/// - Members are placed in byte order of their names: each at FNV-1a-64(name + target) mod 2048;
///   when that slot is taken, the lowercase hex of the last hash is appended to the hashed text
///   and it is hashed again, until a free slot is found.
/// - Choosing n < members: from the start angle, take the first slot at or after the angle
///   (wrapping), moving on to the next slot while it is already chosen; then advance the angle
///   by the step, until n are chosen. n ≥ members chooses them all.
public struct KnativeHashRing: Sendable {
    public static let universe: UInt64 = 2048
    public static let startSalt = "start-angle-salt"
    public static let stepSalt = "step-angle-salt"

    public let start: Int
    public let step: Int
    /// Occupied slots in increasing order, each with the index (into the sorted names) it holds.
    public let slots: [(slot: Int, member: Int)]
    /// The member names, sorted by their UTF-8 bytes (Go's string order).
    public let members: [String]

    public init(members names: [String], target: String) {
        self.init(prepared: KnativeRingMembers(names), target: target)
    }

    /// Builds the ring for one target from members prepared once for many targets.
    public init(prepared: KnativeRingMembers, target: String) {
        members = prepared.names
        let targetBytes = Array(target.utf8)
        start = Int(FNV1a64.hash(target, KnativeHashRing.startSalt) % KnativeHashRing.universe)
        step = Int(FNV1a64.hash(target, KnativeHashRing.stepSalt) % KnativeHashRing.universe)
        // The member in each slot, or −1; reading it in slot order gives the sorted ring.
        var occupant = [Int](repeating: -1, count: Int(KnativeHashRing.universe))
        targetBytes.withUnsafeBufferPointer { target in
        for (index, prefix) in prepared.prefixes.enumerated() {
            var hasher = prefix
            hasher.combine(target)
            var hash = hasher.value
            var slot = Int(hash % KnativeHashRing.universe)
            while occupant[slot] >= 0 {
                // Knative appends to the same buffer, so salts accumulate.
                hasher.combine(String(hash, radix: 16).utf8)
                hash = hasher.value
                slot = Int(hash % KnativeHashRing.universe)
            }
            occupant[slot] = index
        }
        }
        var slots: [(slot: Int, member: Int)] = []
        slots.reserveCapacity(prepared.names.count)
        for (slot, member) in occupant.enumerated() where member >= 0 { slots.append((slot, member)) }
        self.slots = slots
    }

    /// The names chosen for a subset of `n`, in the order the walk picks them.
    public func choose(_ n: Int) -> [String] {
        guard n < slots.count else { return members }
        var chosen = [Bool](repeating: false, count: slots.count)
        var picked: [String] = []
        picked.reserveCapacity(n)
        var angle = start
        while picked.count < n {
            var root = firstSlot(atOrAfter: angle)
            while chosen[root] {
                root += 1
                if root == slots.count { root = 0 }
            }
            chosen[root] = true
            picked.append(members[slots[root].member])
            angle = (angle + step) % Int(KnativeHashRing.universe)
        }
        return picked
    }

    /// The index in `slots` of the first slot ≥ angle, wrapping to 0 past the end.
    private func firstSlot(atOrAfter angle: Int) -> Int {
        var low = 0
        var high = slots.count
        while low < high {
            let mid = (low + high) / 2
            if slots[mid].slot >= angle { high = mid } else { low = mid + 1 }
        }
        return low == slots.count ? 0 : low
    }
}

/// Ring members prepared once: names in byte order and the FNV-1a state after each name, since
/// every target's hash of name + target starts from it.
public struct KnativeRingMembers: Sendable {
    public let names: [String]
    let prefixes: [FNV1a64]

    public init(_ names: [String]) {
        self.names = names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        prefixes = self.names.map { name in
            var hasher = FNV1a64()
            hasher.combine(name.utf8)
            return hasher
        }
    }
}

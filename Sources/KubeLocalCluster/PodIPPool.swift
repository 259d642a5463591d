/// Pod addresses of one node's /24: `.2` to `.254`, lowest free first, returned when the pod ends.
struct PodIPPool: Sendable, Hashable {
    private var used: Set<Int> = []

    /// The lowest free offset, or `nil` when the range is exhausted.
    mutating func allocate() -> Int? {
        guard let offset = (2...254).first(where: { !used.contains($0) }) else { return nil }
        used.insert(offset)
        return offset
    }

    mutating func release(_ offset: Int) { used.remove(offset) }
}

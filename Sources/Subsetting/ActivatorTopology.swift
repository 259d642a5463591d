import ThawDeterminism

/// The ready activators of a `SubsettingInput` as dense integers, for algorithms to work on.
///
/// Activator `i` is `input.readyActivators[i]`; `node[i]` and `zone[i]` are small dense indices
/// (activators without a zone share one "unlabelled" zone). `idHash[i]` is a stable 64-bit hash
/// of the id, for deterministic tie-breaking.
public struct ActivatorTopology: Sendable {
    public let ids: [String]
    public let node: [Int]
    public let zone: [Int]
    public let nodeCount: Int
    public let zoneCount: Int
    public let idHash: [UInt64]
    private let indexByID: [String: Int]

    public init(_ input: SubsettingInput) {
        var nodeIndex: [String: Int] = [:]
        var zoneIndex: [String?: Int] = [:]
        var node: [Int] = []
        var zone: [Int] = []
        var indexByID: [String: Int] = [:]
        for (i, activator) in input.readyActivators.enumerated() {
            let n = nodeIndex[activator.node] ?? nodeIndex.count
            nodeIndex[activator.node] = n
            let z = zoneIndex[activator.zone] ?? zoneIndex.count
            zoneIndex[activator.zone] = z
            node.append(n)
            zone.append(z)
            indexByID[activator.id] = i
        }
        self.ids = input.readyActivators.map(\.id)
        self.node = node
        self.zone = zone
        self.nodeCount = nodeIndex.count
        self.zoneCount = zoneIndex.count
        self.idHash = ids.map { FNV1a64.hash($0) }
        self.indexByID = indexByID
    }

    public var count: Int { ids.count }

    /// The index of a ready activator, or nil when `id` is unknown or not ready.
    public func index(of id: String) -> Int? { indexByID[id] }

    /// The most distinct nodes and zones a subset of `size` can cover.
    public func bestSpread(size: Int) -> (nodes: Int, zones: Int) {
        (min(size, nodeCount), min(size, zoneCount))
    }
}

import ThawDeterminism

/// A generated cluster for scoring: M activators, one per node (a DaemonSet), spread round-robin
/// over `zones` zones; R revisions in 10 namespaces, each asking for N activators with loads
/// from `loads`. The same parameters always generate the same input.
public struct SubsettingScenario: Sendable, Hashable {
    public var activators: Int
    public var revisions: Int
    public var size: Int
    public var zones: Int
    public var loads: SubsettingLoadModel
    public var seed: UInt64

    public init(activators: Int, revisions: Int, size: Int, zones: Int = 3,
                loads: SubsettingLoadModel = .unit, seed: UInt64 = 1) {
        self.activators = activators
        self.revisions = revisions
        self.size = size
        self.zones = zones
        self.loads = loads
        self.seed = seed
    }

    /// - Throws: `SubsettingInputError` when a count is negative or above 65,535 activators.
    public func makeInput() throws(SubsettingInputError) -> SubsettingInput {
        guard activators >= 0, activators <= 65_535 else {
            throw SubsettingInputError("activators: must lie in 0...65535, got \(activators)")
        }
        guard revisions >= 0 else { throw SubsettingInputError("revisions: must be ≥ 0, got \(revisions)") }
        guard size >= 0 else { throw SubsettingInputError("size: must be ≥ 0, got \(size)") }
        guard zones >= 0 else { throw SubsettingInputError("zones: must be ≥ 0, got \(zones)") }
        let zoneNames = (0..<zones).map(SubsettingScenario.zoneName)
        let pool = (0..<activators).map { i in
            Activator(
                id: "act-" + padded(i + 1), ip: "10.\(i / 65_536).\(i / 256 % 256).\(i % 256)",
                node: "node-" + padded(i + 1), zone: zoneNames.isEmpty ? nil : zoneNames[i % zoneNames.count])
        }
        var generator = SplitMix64(seed: seed)
        let demands = (0..<revisions).map { i in
            RevisionDemand(key: "ns-\(i % 10)/rev-" + padded(i + 1), size: size, load: loads.draw(using: &generator))
        }
        return try SubsettingInput(activators: pool, revisions: demands)
    }

    /// "zone-a" … "zone-z", then "zone-a26" and so on.
    private static func zoneName(_ index: Int) -> String {
        let letter = Character(Unicode.Scalar(UInt8(97 + index % 26)))
        return index < 26 ? "zone-\(letter)" : "zone-\(letter)\(index)"
    }

    private func padded(_ value: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, 5 - text.count)) + text
    }
}

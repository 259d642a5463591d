/// Knative's rule for how many activators a revision gets, with the seed's `maxNodeSelection`.
///
/// - TBC = 0: 2.
/// - TBC > 0: max(2, ⌈(readyPods × totalPerPod + TBC) / activatorCapacity⌉).
/// - TBC = −1: `maxNodeSelection` when the operator set it (it must lie in [1, nodes)),
///   otherwise max(2, ⌈readyPods × totalPerPod / activatorCapacity⌉) (only the pods count).
/// The result is clamped to the ready activators; `withoutHighAvailability` is set when it is 1.
public struct SubsetSize: Sendable, Hashable {
    /// Knative's default activator capacity (requests one activator can carry).
    public static let defaultActivatorCapacity = 100.0
    /// The smallest subset Knative asks for.
    public static let minimumActivators = 2

    public var size: Int
    public var withoutHighAvailability: Bool { size == 1 }

    /// - Parameters:
    ///   - readyPods: the revision's ready pods.
    ///   - totalPerPod: the requests one pod carries (container concurrency, or the target).
    ///   - targetBurstCapacity: TBC; −1 or any value ≥ 0.
    ///   - readyActivators: how many activators could be chosen.
    ///   - nodes: how many nodes run activators (bounds `maxNodeSelection`).
    ///   - maxNodeSelection: the operator's subset size for TBC = −1, if set.
    /// - Throws: `SubsettingInputError` for a negative count, a TBC below −1 or not finite, a
    ///   non-positive capacity, or a `maxNodeSelection` outside [1, nodes).
    public init(
        readyPods: Int, totalPerPod: Double, targetBurstCapacity: Double,
        readyActivators: Int, nodes: Int, maxNodeSelection: Int? = nil,
        activatorCapacity: Double = SubsetSize.defaultActivatorCapacity
    ) throws(SubsettingInputError) {
        guard readyPods >= 0 else { throw SubsettingInputError("readyPods: must be ≥ 0, got \(readyPods)") }
        guard readyActivators >= 0 else {
            throw SubsettingInputError("readyActivators: must be ≥ 0, got \(readyActivators)")
        }
        guard totalPerPod.isFinite, totalPerPod >= 0 else {
            throw SubsettingInputError("totalPerPod: must be a finite number ≥ 0, got \(totalPerPod)")
        }
        guard targetBurstCapacity.isFinite, targetBurstCapacity >= -1,
              targetBurstCapacity >= 0 || targetBurstCapacity == -1 else {
            throw SubsettingInputError("targetBurstCapacity: must be −1 or ≥ 0, got \(targetBurstCapacity)")
        }
        guard activatorCapacity.isFinite, activatorCapacity > 0 else {
            throw SubsettingInputError("activatorCapacity: must be > 0, got \(activatorCapacity)")
        }
        let wanted: Int
        if targetBurstCapacity == 0 {
            wanted = SubsetSize.minimumActivators
        } else if targetBurstCapacity == -1, let maxNodeSelection {
            guard maxNodeSelection >= 1, maxNodeSelection < nodes else {
                throw SubsettingInputError(
                    "maxNodeSelection: must lie in [1, \(nodes)) (the nodes running activators), got \(maxNodeSelection)")
            }
            wanted = maxNodeSelection
        } else {
            let burst = targetBurstCapacity > 0 ? targetBurstCapacity : 0
            let capacityToCover = Double(readyPods) * totalPerPod + burst
            let needed = (capacityToCover / activatorCapacity).rounded(.up)
            wanted = needed >= Double(Int.max) ? Int.max : max(SubsetSize.minimumActivators, Int(needed))
        }
        size = min(wanted, readyActivators)
    }
}

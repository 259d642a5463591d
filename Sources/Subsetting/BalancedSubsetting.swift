/// Thaw's default subsetting: sticky, load-balanced and spread (design in docs/subsetting.md).
///
/// Three passes over a canonical input, so the result is a pure function of it:
/// 1. **keep** each revision's previous members that are still ready (on distinct nodes,
///    trimmed from the busiest activators when the size shrank);
/// 2. **fill** vacancies, largest per-member load first, each with the least-loaded activator on
///    a new node — preferring a new zone while that activator stays under the balance ceiling —
///    ties broken by a hash of (revision, activator) so subsets stay diverse;
/// 3. **rebalance** only while some activator is outside mean·(1 ± tolerance), by moving single
///    memberships from busy to idle activators, each move strictly reducing the spread of loads
///    and never reducing a revision's node or zone coverage.
/// Given its own output as the previous subsets it returns the same output (a fixed point), so
/// controller restarts and replicas agree without any state beyond the previous subsets.
public struct BalancedSubsetting: SubsettingAlgorithm {
    public static let algorithmName = "thaw"
    public static let defaultTolerance = 0.05

    public let name = BalancedSubsetting.algorithmName
    public let summary = "Thaw's default: keep previous members, fill least-loaded on new nodes/zones, rebalance within ±5 %"
    /// The balance band: rebalancing acts only on activators outside mean·(1 ± tolerance).
    public let tolerance: Double

    public init(tolerance: Double = BalancedSubsetting.defaultTolerance) {
        self.tolerance = tolerance.isFinite ? max(0, tolerance) : BalancedSubsetting.defaultTolerance
    }

    public func assign(_ input: SubsettingInput) -> SubsettingOutput {
        var state = BalancedState(input, tolerance: tolerance)
        state.keepPrevious()
        state.fillVacancies()
        state.rebalance()
        return state.output()
    }
}

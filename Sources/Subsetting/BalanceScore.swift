/// How evenly an assignment spreads work over the ready activators.
///
/// Load: each revision's load divided evenly among its members, summed per activator. Count:
/// the number of revisions per activator. Both as max/mean and coefficient of variation
/// (population standard deviation over mean). `countBound` is the best max/mean any assignment
/// of these subset sizes could reach, ⌈memberships/M⌉ / (memberships/M). Empty inputs score 1
/// and 0.
public struct BalanceScore: Sendable, Hashable {
    public var loadMaxOverMean: Double
    public var loadCV: Double
    public var countMaxOverMean: Double
    public var countCV: Double
    public var countBound: Double

    public init(input: SubsettingInput, output: SubsettingOutput) {
        let ids = input.readyActivators.map(\.id)
        var index: [String: Int] = [:]
        for (i, id) in ids.enumerated() { index[id] = i }
        var loads = [Double](repeating: 0, count: ids.count)
        var counts = [Double](repeating: 0, count: ids.count)
        for revision in input.revisions {
            let subset = output.assignments[revision.key] ?? []
            guard !subset.isEmpty else { continue }
            let share = revision.load / Double(subset.count)
            for id in subset {
                guard let i = index[id] else { continue }
                loads[i] += share
                counts[i] += 1
            }
        }
        (loadMaxOverMean, loadCV) = BalanceScore.maxOverMeanAndCV(loads)
        (countMaxOverMean, countCV) = BalanceScore.maxOverMeanAndCV(counts)
        let memberships = counts.reduce(0, +)
        if memberships > 0, !ids.isEmpty {
            let mean = memberships / Double(ids.count)
            countBound = mean.rounded(.up) / mean
        } else {
            countBound = 1
        }
    }

    static func maxOverMeanAndCV(_ values: [Double]) -> (Double, Double) {
        guard !values.isEmpty else { return (1, 0) }
        let mean = values.reduce(0, +) / Double(values.count)
        guard mean > 0 else { return (1, 0) }
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
        return ((values.max() ?? mean) / mean, variance.squareRoot() / mean)
    }
}

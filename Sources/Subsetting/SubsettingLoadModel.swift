/// How the scoring scenarios draw each revision's expected load.
/// - unit: every revision carries 1;
/// - skewed: 80 % of revisions carry a uniform 0.5–1.5, 20 % a uniform 2–10.
public enum SubsettingLoadModel: String, Sendable, Hashable, CaseIterable {
    case unit
    case skewed

    public func draw(using generator: inout some RandomNumberGenerator) -> Double {
        switch self {
        case .unit:
            return 1
        case .skewed:
            return Double.random(in: 0..<1, using: &generator) < 0.8
                ? Double.random(in: 0.5...1.5, using: &generator)
                : Double.random(in: 2...10, using: &generator)
        }
    }
}

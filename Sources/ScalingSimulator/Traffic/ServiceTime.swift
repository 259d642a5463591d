import Foundation
import ThawDeterminism

/// How long a replica takes to process one request, before any saturation slowdown.
///
/// Every case yields a positive duration in seconds; parameters are validated by the scenario reader.
public enum ServiceTime: Sendable, Equatable {
    case constant(seconds: Double)
    case exponential(meanSeconds: Double)
    /// Uniform in `[minSeconds, maxSeconds]`.
    case uniform(minSeconds: Double, maxSeconds: Double)
    /// Log-normal with the given median and shape `sigma` (heavy-tailed service times).
    case lognormal(medianSeconds: Double, sigma: Double)

    /// The mean of the distribution in seconds.
    public var meanSeconds: Double {
        switch self {
        case .constant(let s): s
        case .exponential(let mean): mean
        case .uniform(let low, let high): (low + high) / 2
        case .lognormal(let median, let sigma): median * exp(sigma * sigma / 2)
        }
    }

    /// One draw, at least one microsecond and at most a million seconds (heavy tails are cut so
    /// simulated time cannot overflow).
    func sample(_ rng: inout SplitMix64) -> Double {
        let value: Double
        switch self {
        case .constant(let s): value = s
        case .exponential(let mean): value = RandomVariates.exponential(mean: mean, &rng)
        case .uniform(let low, let high): value = low + (high - low) * rng.nextUnit()
        case .lognormal(let median, let sigma): value = median * exp(sigma * RandomVariates.standardNormal(&rng))
        }
        return min(1e6, max(1e-6, value))
    }
}

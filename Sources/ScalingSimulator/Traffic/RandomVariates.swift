import Foundation
import ThawDeterminism

/// Random variates drawn from an injected `SplitMix64`, so every draw is reproducible from the seed.
enum RandomVariates {
    /// Exponential with the given mean.
    static func exponential(mean: Double, _ rng: inout SplitMix64) -> Double {
        -mean * log(1 - rng.nextUnit())
    }

    /// Standard normal (Box–Muller; one of the pair is used, so each call costs two uniforms).
    static func standardNormal(_ rng: inout SplitMix64) -> Double {
        let u1 = 1 - rng.nextUnit()
        let u2 = rng.nextUnit()
        return sqrt(-2 * log(u1)) * cos(2 * Double.pi * u2)
    }

    /// Poisson with mean `lambda`: exact (Knuth's product method) below 30, a rounded normal
    /// approximation with continuity correction above (relative error of the mean < 1 %).
    static func poisson(mean lambda: Double, _ rng: inout SplitMix64) -> Int {
        guard lambda > 0 else { return 0 }
        if lambda < 30 {
            let limit = exp(-lambda)
            var product = rng.nextUnit()
            var count = 0
            while product > limit {
                count += 1
                product *= rng.nextUnit()
            }
            return count
        }
        let draw = lambda + sqrt(lambda) * standardNormal(&rng)
        return max(0, Int((draw + 0.5).rounded(.down)))
    }
}

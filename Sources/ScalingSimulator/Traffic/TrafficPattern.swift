import Foundation

/// The request rate over time, or recorded arrivals to replay.
///
/// Rate patterns never go below 0 rps. Times are seconds from the start of the run.
public enum TrafficPattern: Sendable, Equatable {
    /// A constant rate.
    case uniform(rps: Double)
    /// `baseRPS` until `at`, then `stepRPS` (Skenario's step: a rate from a time on).
    case step(baseRPS: Double, stepRPS: Double, at: Double)
    /// Piecewise constant: each `(at, rps)` holds from its time until the next; 0 before the first.
    case steps([RateChange])
    /// From `startAt`, grows from `startRPS` by `deltaRPSPerSecond` each second up to `maxRPS`, holds
    /// it for `holdSeconds`, then falls back at the same slope to `startRPS` (Skenario's ramp).
    case ramp(startRPS: Double, deltaRPSPerSecond: Double, maxRPS: Double, startAt: Double, holdSeconds: Double)
    /// `meanRPS + amplitudeRPS × sin(2π t / periodSeconds)`, clamped at 0.
    case sinusoid(meanRPS: Double, amplitudeRPS: Double, periodSeconds: Double)
    /// Replays recorded traffic.
    case trace(RecordedTraffic)

    /// One piece of a `steps` pattern.
    public struct RateChange: Sendable, Equatable {
        public var at: Double
        public var rps: Double
        public init(at: Double, rps: Double) {
            self.at = at
            self.rps = rps
        }
    }

    /// The instantaneous request rate at `time` (for `trace`, the recorded count of its slot per second).
    public func rate(at time: Double) -> Double {
        switch self {
        case .uniform(let rps):
            return max(0, rps)
        case .step(let base, let step, let at):
            return max(0, time < at ? base : step)
        case .steps(let changes):
            var current = 0.0
            for change in changes where change.at <= time { current = change.rps }
            return max(0, current)
        case .ramp(let start, let delta, let peak, let startAt, let hold):
            guard time >= startAt, delta > 0 else { return max(0, start) }
            let rise = max(0, peak - start) / delta
            let elapsed = time - startAt
            if elapsed < rise { return max(0, start + delta * elapsed) }
            if elapsed < rise + hold { return max(0, peak) }
            return max(0, max(start, peak - delta * (elapsed - rise - hold)))
        case .sinusoid(let mean, let amplitude, let period):
            guard period > 0 else { return max(0, mean) }
            return max(0, mean + amplitude * sin(2 * Double.pi * time / period))
        case .trace(let recorded):
            return recorded.rate(at: time)
        }
    }
}

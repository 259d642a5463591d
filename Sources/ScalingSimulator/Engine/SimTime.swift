/// A point or span of simulated time, in whole nanoseconds (as Skenario did), so ordering and
/// arithmetic are exact and runs are reproducible on every platform.
public struct SimTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Nanoseconds since the start of the run (or the length of a span).
    public var nanoseconds: Int64

    public init(nanoseconds: Int64) { self.nanoseconds = nanoseconds }

    /// The time `seconds` after the start, rounded to the nearest nanosecond; saturates at about
    /// ±292 years (and maps NaN to 0) instead of trapping.
    public static func seconds(_ seconds: Double) -> SimTime {
        let nanoseconds = (seconds * 1e9).rounded()
        guard nanoseconds.magnitude < 9.2e18 else {
            return SimTime(nanoseconds: nanoseconds.isNaN ? 0 : (nanoseconds < 0 ? -9_200_000_000_000_000_000 : 9_200_000_000_000_000_000))
        }
        return SimTime(nanoseconds: Int64(nanoseconds))
    }

    public static let zero = SimTime(nanoseconds: 0)
    public static let nanosecondsPerSecond: Int64 = 1_000_000_000

    /// The time in (fractional) seconds.
    public var seconds: Double { Double(nanoseconds) / 1e9 }

    public static func < (lhs: SimTime, rhs: SimTime) -> Bool { lhs.nanoseconds < rhs.nanoseconds }
    public static func + (lhs: SimTime, rhs: SimTime) -> SimTime {
        SimTime(nanoseconds: lhs.nanoseconds &+ rhs.nanoseconds)
    }
    public static func - (lhs: SimTime, rhs: SimTime) -> SimTime {
        SimTime(nanoseconds: lhs.nanoseconds &- rhs.nanoseconds)
    }

    /// Seconds with nanosecond precision, e.g. `12.000250000`.
    public var description: String {
        let whole = nanoseconds / Self.nanosecondsPerSecond
        let fraction = nanoseconds % Self.nanosecondsPerSecond
        let digits = String(fraction < 0 ? -fraction : fraction)
        let sign = nanoseconds < 0 && whole == 0 ? "-" : ""
        return "\(sign)\(whole).\(String(repeating: "0", count: 9 - digits.count))\(digits)"
    }
}

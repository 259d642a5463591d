import Foundation
import Synchronization

/// Where the simulated cluster reads the time. Pure cores never read a clock: they take `now` as a
/// parameter; drivers read it from a `ClusterClock` so tests can substitute a manual one.
public protocol ClusterClock: Sendable {
    /// The current simulated time.
    var now: Date { get }
}

/// A clock that only moves when told to: the deterministic mode for tests.
/// Thread-safe (the time is kept in a `Mutex`).
public final class ManualClock: ClusterClock {
    private let current: Mutex<Date>

    /// A clock showing `start`.
    public init(start: Date) { current = Mutex(start) }

    public var now: Date { current.withLock { $0 } }

    /// Moves the clock forward by `seconds` (a negative amount is ignored: time never goes back).
    public func advance(by seconds: TimeInterval) {
        guard seconds > 0 else { return }
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }

    /// Moves the clock to `date` if it is later than the current time.
    public func advance(to date: Date) {
        current.withLock { if date > $0 { $0 = date } }
    }
}

/// Real time sped up (or slowed down) by a constant factor: simulated time starts at `origin` and
/// advances `scale` simulated seconds per wall-clock second. `scale` 1 is real time for the CLI.
public struct ScaledClock: ClusterClock {
    /// The simulated time at `wallOrigin`.
    public let origin: Date
    /// The wall-clock time at which the simulated clock showed `origin`.
    public let wallOrigin: Date
    /// Simulated seconds per wall-clock second; always positive.
    public let scale: Double

    /// - Throws: `ClusterConfigurationError.invalidValue` when `scale` is not a positive finite number.
    public init(origin: Date, wallOrigin: Date = Date(), scale: Double) throws(ClusterConfigurationError) {
        guard scale.isFinite, scale > 0 else {
            throw .invalidValue(field: "timeScale", value: String(scale), reason: "must be a positive number")
        }
        self.origin = origin
        self.wallOrigin = wallOrigin
        self.scale = scale
    }

    public var now: Date { simulatedTime(atWallTime: Date()) }

    /// The simulated time at a given wall-clock time.
    public func simulatedTime(atWallTime wall: Date) -> Date {
        origin.addingTimeInterval(wall.timeIntervalSince(wallOrigin) * scale)
    }

    /// How long, in wall-clock seconds, until the simulated clock reaches `date` (0 if it has).
    public func wallDelay(until date: Date, from wall: Date = Date()) -> TimeInterval {
        max(0, date.timeIntervalSince(simulatedTime(atWallTime: wall)) / scale)
    }
}

import Synchronization

/// A monotonic clock that the runtime's timers read and sleep on, injectable so that timing logic
/// can be tested deterministically.
///
/// Times are `Duration`s since the clock's own origin; only differences between readings of the
/// same clock mean anything. `sleep(until:)` returns once `now >= deadline` and throws
/// `CancellationError` if the calling task is cancelled first.
public protocol ControllerClock: Sendable {
    /// The current reading.
    var now: Duration { get }
    /// Suspends until the clock reads at least `deadline`.
    /// - Throws: `CancellationError` when the task is cancelled while waiting.
    func sleep(until deadline: Duration) async throws
}

extension ControllerClock {
    /// Suspends for `duration` from now.
    /// - Throws: `CancellationError` when the task is cancelled while waiting.
    public func sleep(for duration: Duration) async throws {
        try await sleep(until: now + duration)
    }
}

/// The real monotonic clock (`ContinuousClock`), with its origin at the moment it was created.
public struct SystemControllerClock: ControllerClock {
    private let origin: ContinuousClock.Instant

    public init() { origin = ContinuousClock.now }

    public var now: Duration { ContinuousClock.now - origin }

    public func sleep(until deadline: Duration) async throws {
        try await ContinuousClock().sleep(until: origin + deadline, tolerance: nil)
    }
}

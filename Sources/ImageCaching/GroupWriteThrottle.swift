import Foundation
import Synchronization

/// Spaces out updates of one prefetch group's DaemonSet: after an update, the next waits until
/// `interval` has passed, so images arriving in a burst (Knative creates one per container of a
/// new revision) join their group together and its pods restart once, not once per image.
/// Thread-safe; times come from the injected clock.
final class GroupWriteThrottle: Sendable {
    private let interval: TimeInterval
    private let now: @Sendable () -> Date
    private let lastUpdate = Mutex<[String: Date]>([:])

    init(interval: Duration, now: @escaping @Sendable () -> Date) {
        self.interval = Double(interval.components.seconds) + Double(interval.components.attoseconds) / 1e18
        self.now = now
    }

    /// How long the group `key` must still wait before its next update (zero: update now).
    func wait(for key: String) -> Duration {
        let time = now()
        guard let last = lastUpdate.withLock({ $0[key] }) else { return .zero }
        let remaining = interval - time.timeIntervalSince(last)
        return remaining > 0 ? .milliseconds(Int64((remaining * 1000).rounded(.up))) : .zero
    }

    /// Records that the group `key` was written now.
    func recordUpdate(of key: String) {
        let time = now()
        lastUpdate.withLock { $0[key] = time }
    }

    /// Forgets a deleted group.
    func forget(_ key: String) { _ = lastUpdate.withLock { $0.removeValue(forKey: key) } }
}

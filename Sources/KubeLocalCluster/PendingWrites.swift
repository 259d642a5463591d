import Foundation
import Synchronization

/// What a controller has written but its informer cache has not shown yet (client-go's
/// "expectations"): pods created (by name) and deleted (by uid) per owner key. While any is
/// outstanding the owner is not synced again, so a stale cache never makes it create or delete
/// twice. Entries expire after `timeout` seconds in case a watch event is lost.
/// Thread-safe (`Mutex`).
public final class PendingWrites: Sendable {
    private struct Entry: Sendable {
        var created: Set<String> = []
        var deleted: Set<String> = []
        var since: Date
    }

    private let entries = Mutex<[String: Entry]>([:])
    private let timeout: TimeInterval

    public init(timeout: TimeInterval = 30) { self.timeout = timeout }

    /// Records writes made for `owner` at `now`.
    public func record(owner: String, created: [String], deleted: [String], now: Date) {
        guard !created.isEmpty || !deleted.isEmpty else { return }
        entries.withLock { entries in
            var entry = entries[owner] ?? Entry(since: now)
            entry.created.formUnion(created)
            entry.deleted.formUnion(deleted)
            entry.since = now
            entries[owner] = entry
        }
    }

    /// Whether the cache has caught up with `owner`'s writes: every created name is present and
    /// every deleted uid gone or terminating. Clears the entry when it has (or when it expired).
    public func isSatisfied(owner: String, now: Date, present: Set<String>, live: Set<String>) -> Bool {
        entries.withLock { entries in
            guard let entry = entries[owner] else { return true }
            let caughtUp = entry.created.isSubset(of: present) && entry.deleted.isDisjoint(with: live)
            if caughtUp || now.timeIntervalSince(entry.since) > timeout {
                entries[owner] = nil
                return true
            }
            return false
        }
    }
}

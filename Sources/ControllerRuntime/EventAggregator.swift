import Foundation

/// One event a controller wants to record about an object.
public struct EventRecord: Sendable, Hashable {
    /// The object the event is about: namespace, name, uid, kind, apiVersion.
    public var involvedNamespace: String
    public var involvedName: String
    public var involvedUID: String
    public var involvedKind: String
    public var involvedAPIVersion: String
    /// `Normal` or `Warning`.
    public var type: String
    public var reason: String
    public var message: String

    public init(involvedNamespace: String, involvedName: String, involvedUID: String, involvedKind: String, involvedAPIVersion: String, type: String, reason: String, message: String) {
        self.involvedNamespace = involvedNamespace
        self.involvedName = involvedName
        self.involvedUID = involvedUID
        self.involvedKind = involvedKind
        self.involvedAPIVersion = involvedAPIVersion
        self.type = type
        self.reason = reason
        self.message = message
    }
}

/// Collapses repeated events (same object, type, reason and message) into one Event whose count
/// grows, as client-go's event correlator does, so a hot loop does not flood the API server.
///
/// `record` says whether to create a new Event (with its generated name) or patch the existing
/// one's `count` and `lastTimestamp`. Entries unseen for `window` are forgotten, so a repeat after
/// a long quiet period starts a new Event. Pure: time is passed in.
public struct EventAggregator: Sendable {
    /// What to write for a recorded event.
    public enum Action: Sendable, Hashable {
        /// Create an Event named `name` with count 1.
        case create(name: String, record: EventRecord, time: Date)
        /// Update the Event `name`: set `count` and `lastTimestamp`.
        case increment(name: String, count: Int, lastTimestamp: Date)
    }

    private struct Entry: Sendable {
        var name: String
        var count: Int
        var last: Date
    }

    public let window: TimeInterval
    private var entries: [EventRecord: Entry] = [:]
    private var sequence: UInt64 = 0

    /// - Parameter window: how long an aggregated event stays open for repeats (default 10 min).
    public init(window: TimeInterval = 600) { self.window = window }

    /// Decides how to write `record` at `now`.
    public mutating func record(_ record: EventRecord, now: Date) -> Action {
        if var entry = entries[record], now.timeIntervalSince(entry.last) < window {
            entry.count += 1
            entry.last = now
            entries[record] = entry
            return .increment(name: entry.name, count: entry.count, lastTimestamp: now)
        }
        sequence &+= 1
        // Event names are the object's name plus a unique suffix, as client-go names them.
        let suffix = String(UInt64(now.timeIntervalSince1970 * 1e9) &+ sequence, radix: 16)
        let name = "\(record.involvedName).\(suffix)"
        entries[record] = Entry(name: name, count: 1, last: now)
        prune(now: now)
        return .create(name: name, record: record, time: now)
    }

    /// How many distinct events are open for aggregation.
    public var openCount: Int { entries.count }

    private mutating func prune(now: Date) {
        guard entries.count > 4096 else { return }
        entries = entries.filter { now.timeIntervalSince($0.value.last) < window }
    }
}

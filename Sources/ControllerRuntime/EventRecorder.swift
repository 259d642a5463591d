import Foundation
import KubeAPI
import KubeClient
import Synchronization

/// Records core/v1 Events about objects, aggregating repeats: the first occurrence creates an
/// Event, later identical ones (same object, type, reason, message within the aggregation window)
/// raise its `count` and `lastTimestamp` by patch instead of creating new Events.
///
/// `record` throws the client's errors; callers usually log and ignore them (an Event is advisory).
public final class EventRecorder: Sendable {
    private let client: KubeClient
    private let component: String
    private let aggregator: Mutex<EventAggregator>
    private let wallClock: @Sendable () -> Date

    public init(client: KubeClient, component: String, window: TimeInterval = 600, wallClock: @escaping @Sendable () -> Date = { Date() }) {
        self.client = client
        self.component = component
        aggregator = Mutex(EventAggregator(window: window))
        self.wallClock = wallClock
    }

    /// Records an event of `type` (`Normal` or `Warning`) about `object`.
    public func record<Object: KubeResource>(_ object: Object, type: String, reason: String, message: String) async throws {
        let metadata = object.metadata
        let record = EventRecord(involvedNamespace: metadata.namespace ?? "default", involvedName: metadata.name ?? "",
                                 involvedUID: metadata.uid ?? "", involvedKind: Object.kind, involvedAPIVersion: Object.apiVersion,
                                 type: type, reason: reason, message: message)
        let now = wallClock()
        let action = aggregator.withLock { $0.record(record, now: now) }
        let events = client.resource(CoreV1Event.self, namespace: record.involvedNamespace)
        switch action {
        case .create(let name, let record, let time):
            var event = CoreV1Event(name: name, namespace: record.involvedNamespace)
            event.involvedObject.kind = record.involvedKind
            event.involvedObject.apiVersion = record.involvedAPIVersion
            event.involvedObject.name = record.involvedName
            event.involvedObject.namespace = record.involvedNamespace
            event.involvedObject.uid = record.involvedUID
            event.type = record.type
            event.reason = record.reason
            event.message = record.message
            event.count = 1
            event.firstTimestamp = time
            event.lastTimestamp = time
            event.source.component = component
            event.reportingComponent = component
            _ = try await events.create(event)
        case .increment(let name, let count, let lastTimestamp):
            var patch = CoreV1Event(json: .emptyObject)
            patch.count = count
            patch.lastTimestamp = lastTimestamp
            _ = try await events.patch(name, .merge(patch.json))
        }
    }
}

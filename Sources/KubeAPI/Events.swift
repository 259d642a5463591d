import Foundation

/// `events.k8s.io/v1 Event`: something that happened to `regarding`.
public struct EventsV1Event: KubeResource {
    public static let group = "events.k8s.io"
    public static let version = "v1"
    public static let kind = "Event"
    public static let plural = "events"
    public static let namespaced = true
    public static let singular = "event"
    public static let shortNames = ["ev"]

    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var regarding: ObjectReference { get { self[view: "regarding"] } set { self[view: "regarding"] = newValue } }
    public var related: ObjectReference? { get { self[field: "related"] } set { self[field: "related"] = newValue } }
    public var reason: String? { get { self[field: "reason"] } set { self[field: "reason"] = newValue } }
    public var note: String? { get { self[field: "note"] } set { self[field: "note"] = newValue } }
    /// `Normal` or `Warning`.
    public var type: String? { get { self[field: "type"] } set { self[field: "type"] = newValue } }
    public var action: String? { get { self[field: "action"] } set { self[field: "action"] = newValue } }
    public var eventTime: Date? { get { self[microTime: "eventTime"] } set { self[microTime: "eventTime"] = newValue } }
    public var series: EventSeries? { get { self[field: "series"] } set { self[field: "series"] = newValue } }
    public var reportingController: String? { get { self[field: "reportingController"] } set { self[field: "reportingController"] = newValue } }
    public var reportingInstance: String? { get { self[field: "reportingInstance"] } set { self[field: "reportingInstance"] = newValue } }
    public var deprecatedSource: EventSource? { get { self[field: "deprecatedSource"] } set { self[field: "deprecatedSource"] = newValue } }
    public var deprecatedFirstTimestamp: Date? { get { self[time: "deprecatedFirstTimestamp"] } set { self[time: "deprecatedFirstTimestamp"] = newValue } }
    public var deprecatedLastTimestamp: Date? { get { self[time: "deprecatedLastTimestamp"] } set { self[time: "deprecatedLastTimestamp"] = newValue } }
    public var deprecatedCount: Int? { get { self[field: "deprecatedCount"] } set { self[field: "deprecatedCount"] = newValue } }
}

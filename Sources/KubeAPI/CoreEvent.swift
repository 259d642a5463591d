import Foundation

/// `v1 Event` (core group): something that happened to `involvedObject`.
public struct CoreV1Event: KubeResource {
    public static let group = ""
    public static let version = "v1"
    public static let kind = "Event"
    public static let plural = "events"
    public static let namespaced = true
    public static let singular = "event"
    public static let shortNames = ["ev"]

    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var involvedObject: ObjectReference { get { self[view: "involvedObject"] } set { self[view: "involvedObject"] = newValue } }
    public var reason: String? { get { self[field: "reason"] } set { self[field: "reason"] = newValue } }
    public var message: String? { get { self[field: "message"] } set { self[field: "message"] = newValue } }
    /// `Normal` or `Warning`.
    public var type: String? { get { self[field: "type"] } set { self[field: "type"] = newValue } }
    public var source: EventSource { get { self[view: "source"] } set { self[view: "source"] = newValue } }
    public var firstTimestamp: Date? { get { self[time: "firstTimestamp"] } set { self[time: "firstTimestamp"] = newValue } }
    public var lastTimestamp: Date? { get { self[time: "lastTimestamp"] } set { self[time: "lastTimestamp"] = newValue } }
    public var count: Int? { get { self[field: "count"] } set { self[field: "count"] = newValue } }
    public var eventTime: Date? { get { self[microTime: "eventTime"] } set { self[microTime: "eventTime"] = newValue } }
    public var series: EventSeries? { get { self[field: "series"] } set { self[field: "series"] = newValue } }
    public var action: String? { get { self[field: "action"] } set { self[field: "action"] = newValue } }
    public var related: ObjectReference? { get { self[field: "related"] } set { self[field: "related"] = newValue } }
    public var reportingComponent: String? { get { self[field: "reportingComponent"] } set { self[field: "reportingComponent"] = newValue } }
    public var reportingInstance: String? { get { self[field: "reportingInstance"] } set { self[field: "reportingInstance"] = newValue } }
}

/// `v1 EventSource`.
public struct EventSource: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var component: String? { get { self[field: "component"] } set { self[field: "component"] = newValue } }
    public var host: String? { get { self[field: "host"] } set { self[field: "host"] = newValue } }
}

/// `EventSeries`: a repeated event's count and last observation.
public struct EventSeries: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var count: Int? { get { self[field: "count"] } set { self[field: "count"] = newValue } }
    public var lastObservedTime: Date? { get { self[microTime: "lastObservedTime"] } set { self[microTime: "lastObservedTime"] = newValue } }
}

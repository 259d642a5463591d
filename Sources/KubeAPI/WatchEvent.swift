/// The `type` of a watch event. Open: unknown values are kept.
public struct WatchEventType: OpenStringEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let added: Self = "ADDED"
    public static let modified: Self = "MODIFIED"
    public static let deleted: Self = "DELETED"
    public static let bookmark: Self = "BOOKMARK"
    /// The object is a `Status` (for example 410 Gone).
    public static let error: Self = "ERROR"
}

/// One line of a watch stream: `{"type": …, "object": …}`.
public struct WatchEvent<Object: JSONBacked>: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public init(type: WatchEventType, object: Object) {
        self.init(json: ["type": type.jsonValue, "object": object.json])
    }

    public var type: WatchEventType? { get { self[field: "type"] } set { self[field: "type"] = newValue } }
    public var object: Object { get { self[view: "object"] } set { json["object"] = newValue.json } }

    /// The error for an `ERROR` event; `nil` for any other type.
    public var status: Status? { type == .error ? Status(json: json["object"] ?? .emptyObject) : nil }
}

import KubeAPI

/// Converts between `events.k8s.io/v1` Events and the core `v1` Events they are stored as (the
/// real server keeps one storage for both, so each API sees the other's events).
enum EventConversion {
    /// events.k8s.io/v1 field → core/v1 field.
    static let renames: [(String, String)] = [
        ("regarding", "involvedObject"), ("note", "message"), ("reportingController", "reportingComponent"),
        ("deprecatedSource", "source"), ("deprecatedFirstTimestamp", "firstTimestamp"),
        ("deprecatedLastTimestamp", "lastTimestamp"), ("deprecatedCount", "count"),
    ]

    static func isEventsV1(_ type: ResourceType) -> Bool {
        type.group == "events.k8s.io" && type.plural == "events"
    }

    /// A core/v1 Event as events.k8s.io/v1 presents it.
    static func fromCore(_ object: JSONValue) -> JSONValue {
        var o = object
        for (new, old) in renames {
            o[new] = object[old]
            o[old] = nil
        }
        o["apiVersion"] = "events.k8s.io/v1"
        return o
    }

    /// An events.k8s.io/v1 Event as core/v1 stores it.
    static func toCore(_ object: JSONValue) -> JSONValue {
        var o = object
        for (new, old) in renames {
            o[old] = object[new]
            o[new] = nil
        }
        o["apiVersion"] = "v1"
        return o
    }

    /// The core/v1 name of an events.k8s.io/v1 field selector field.
    static func coreField(_ field: String) -> String {
        for (new, old) in renames {
            if field == new { return old }
            if field.hasPrefix(new + ".") { return old + field.dropFirst(new.count) }
        }
        return field
    }
}

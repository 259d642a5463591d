import Foundation

/// `True`, `False` or `Unknown`. Open: unknown values are kept.
public struct ConditionStatus: OpenStringEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let `true`: Self = "True"
    public static let `false`: Self = "False"
    public static let unknown: Self = "Unknown"
}

/// A status condition of any kind: `metav1.Condition`, `PodCondition`, `NodeCondition`,
/// `DeploymentCondition`, CRD conditions, Knative conditions… The members one kind lacks read as `nil`.
public struct Condition: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public init(type: String, status: ConditionStatus, reason: String? = nil, message: String? = nil) {
        self.init(json: ["type": .string(type), "status": status.jsonValue])
        self.reason = reason
        self.message = message
    }

    public var type: String? { get { self[field: "type"] } set { self[field: "type"] = newValue } }
    public var status: ConditionStatus? { get { self[field: "status"] } set { self[field: "status"] = newValue } }
    public var reason: String? { get { self[field: "reason"] } set { self[field: "reason"] = newValue } }
    public var message: String? { get { self[field: "message"] } set { self[field: "message"] = newValue } }
    /// Knative conditions only: `Error` (or empty), `Warning` or `Info`.
    public var severity: String? { get { self[field: "severity"] } set { self[field: "severity"] = newValue } }
    public var observedGeneration: Int64? { get { self[field: "observedGeneration"] } set { self[field: "observedGeneration"] = newValue } }
    public var lastTransitionTime: Date? { get { self[time: "lastTransitionTime"] } set { self[time: "lastTransitionTime"] = newValue } }
    public var lastUpdateTime: Date? { get { self[time: "lastUpdateTime"] } set { self[time: "lastUpdateTime"] = newValue } }
    public var lastProbeTime: Date? { get { self[time: "lastProbeTime"] } set { self[time: "lastProbeTime"] = newValue } }
    public var lastHeartbeatTime: Date? { get { self[time: "lastHeartbeatTime"] } set { self[time: "lastHeartbeatTime"] = newValue } }
}

extension Array where Element == Condition {
    /// The condition of `type`, if present.
    public func condition(ofType type: String) -> Condition? {
        first { $0.type == type }
    }

    /// Whether the condition of `type` is present with status `True`.
    public func isTrue(_ type: String) -> Bool {
        condition(ofType: type)?.status == .true
    }

    /// Adds `condition` or updates the one of the same type in place (keeping members it does not
    /// set), as `meta.SetStatusCondition` does. When the status changes or the condition is new,
    /// `lastTransitionTime` becomes the given condition's, or `now` if it has none; otherwise it is
    /// kept. `reason` and `message` are replaced. Returns whether anything changed.
    @discardableResult
    public mutating func set(_ condition: Condition, now: Date) -> Bool {
        guard let type = condition.type else { return false }
        guard let index = firstIndex(where: { $0.type == type }) else {
            var added = condition
            added.lastTransitionTime = condition.lastTransitionTime ?? now
            append(added)
            return true
        }
        var updated = self[index]
        if updated.status != condition.status {
            updated.status = condition.status
            updated.lastTransitionTime = condition.lastTransitionTime ?? now
        }
        updated.reason = condition.reason
        updated.message = condition.message
        if let generation = condition.observedGeneration { updated.observedGeneration = generation }
        guard updated != self[index] else { return false }
        self[index] = updated
        return true
    }

    /// Removes the condition of `type`; returns whether one was removed.
    @discardableResult
    public mutating func remove(type: String) -> Bool {
        let before = count
        removeAll { $0.type == type }
        return count != before
    }
}

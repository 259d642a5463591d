import Foundation
import KubeAPI

/// Sets status conditions the way controllers should: `observedGeneration` is the object's current
/// generation, and `lastTransitionTime` moves only when the condition's status changes (reason or
/// message changes alone keep it).
public enum Conditions {
    /// Sets the condition `type` to `status` in `conditions`, stamped with `generation`; returns
    /// whether anything changed (so callers can skip a status write when nothing did).
    @discardableResult
    public static func set(_ conditions: inout [Condition], type: String, status: ConditionStatus, reason: String, message: String = "", generation: Int64?, now: Date) -> Bool {
        var condition = Condition(type: type, status: status, reason: reason, message: message)
        condition.observedGeneration = generation
        return conditions.set(condition, now: now)
    }
}

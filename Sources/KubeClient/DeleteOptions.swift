import KubeAPI

/// What happens to an object's dependents when it is deleted.
public enum PropagationPolicy: String, Sendable, Hashable {
    /// Delete dependents in the background after the owner.
    case background = "Background"
    /// Delete dependents first; the owner waits with the `foregroundDeletion` finalizer.
    case foreground = "Foreground"
    /// Leave dependents, removing their owner references.
    case orphan = "Orphan"
}

/// Options of delete and deletecollection, sent as a `DeleteOptions` body.
public struct DeleteOptions: Sendable, Hashable {
    public var propagationPolicy: PropagationPolicy?
    /// Seconds before the object is deleted; 0 deletes immediately.
    public var gracePeriodSeconds: Int?
    /// Delete only if the object still has this uid.
    public var preconditionUID: String?
    /// Delete only if the object still has this resource version.
    public var preconditionResourceVersion: String?
    public var dryRun: Bool

    public init(propagationPolicy: PropagationPolicy? = nil, gracePeriodSeconds: Int? = nil,
                preconditionUID: String? = nil, preconditionResourceVersion: String? = nil, dryRun: Bool = false) {
        self.propagationPolicy = propagationPolicy
        self.gracePeriodSeconds = gracePeriodSeconds
        self.preconditionUID = preconditionUID
        self.preconditionResourceVersion = preconditionResourceVersion
        self.dryRun = dryRun
    }

    var body: JSONValue {
        var object: [String: JSONValue] = ["kind": "DeleteOptions", "apiVersion": "v1"]
        if let propagationPolicy { object["propagationPolicy"] = .string(propagationPolicy.rawValue) }
        if let gracePeriodSeconds { object["gracePeriodSeconds"] = .int(Int64(gracePeriodSeconds)) }
        var preconditions: [String: JSONValue] = [:]
        if let preconditionUID { preconditions["uid"] = .string(preconditionUID) }
        if let preconditionResourceVersion { preconditions["resourceVersion"] = .string(preconditionResourceVersion) }
        if !preconditions.isEmpty { object["preconditions"] = .object(preconditions) }
        if dryRun { object["dryRun"] = ["All"] }
        return .object(object)
    }
}

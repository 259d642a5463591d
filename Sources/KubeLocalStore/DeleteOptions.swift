import KubeAPI

/// The options of a Kubernetes delete (`DeleteOptions`): how dependents are treated, the
/// preconditions the object must meet, and the requested grace period.
public struct DeleteOptions: Sendable, Equatable {
    /// What happens to the object's dependents (objects whose ownerReferences name it).
    public enum PropagationPolicy: String, Sendable, Equatable, CaseIterable {
        /// The object goes now; the garbage collector deletes dependents afterwards.
        case background = "Background"
        /// The object waits (finalizer `foregroundDeletion`) until dependents that block it are gone.
        case foreground = "Foreground"
        /// Dependents lose their reference to the object and stay (finalizer `orphan`).
        case orphan = "Orphan"
    }

    public var propagationPolicy: PropagationPolicy?
    public var preconditionUID: String?
    public var preconditionResourceVersion: String?
    /// Recorded as `deletionGracePeriodSeconds` when the object has to wait for finalizers.
    public var gracePeriodSeconds: Int64?

    public init(
        propagationPolicy: PropagationPolicy? = nil, preconditionUID: String? = nil,
        preconditionResourceVersion: String? = nil, gracePeriodSeconds: Int64? = nil
    ) {
        self.propagationPolicy = propagationPolicy
        self.preconditionUID = preconditionUID
        self.preconditionResourceVersion = preconditionResourceVersion
        self.gracePeriodSeconds = gracePeriodSeconds
    }

    /// Reads a `DeleteOptions` body (`propagationPolicy`, legacy `orphanDependents`,
    /// `preconditions.uid`, `preconditions.resourceVersion`, `gracePeriodSeconds`).
    /// - Throws: `StoreError.invalid` naming the offending field and value.
    public init(json: JSONValue) throws(StoreError) {
        self.init()
        guard json.objectValue != nil || json.isNull else {
            throw StoreError(.invalid, "DeleteOptions must be a JSON object, found \(json.typeName)")
        }
        if let policy = json["propagationPolicy"], !policy.isNull {
            guard let name = policy.stringValue, let parsed = PropagationPolicy(rawValue: name) else {
                let supported = PropagationPolicy.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
                throw StoreError(.invalid, "propagationPolicy: Unsupported value: \(policy.jsonString): supported values: \(supported)")
            }
            propagationPolicy = parsed
        }
        if let orphan = json["orphanDependents"], !orphan.isNull {
            guard let flag = orphan.boolValue else {
                throw StoreError(.invalid, "orphanDependents: Invalid value: \(orphan.jsonString): must be a boolean")
            }
            if propagationPolicy != nil {
                throw StoreError(.invalid, "propagationPolicy: Invalid value: both orphanDependents and propagationPolicy are set")
            }
            propagationPolicy = flag ? .orphan : .background
        }
        if let uid = json["preconditions"]?["uid"], !uid.isNull {
            guard let text = uid.stringValue else {
                throw StoreError(.invalid, "preconditions.uid: Invalid value: \(uid.jsonString): must be a string")
            }
            preconditionUID = text
        }
        if let version = json["preconditions"]?["resourceVersion"], !version.isNull {
            guard let text = version.stringValue else {
                throw StoreError(.invalid, "preconditions.resourceVersion: Invalid value: \(version.jsonString): must be a string")
            }
            preconditionResourceVersion = text
        }
        if let grace = json["gracePeriodSeconds"], !grace.isNull {
            guard let seconds = grace.intValue, seconds >= 0 else {
                throw StoreError(.invalid, "gracePeriodSeconds: Invalid value: \(grace.jsonString): must be a non-negative integer")
            }
            gracePeriodSeconds = seconds
        }
    }
}

import KubeAPI

/// The options of a DELETE, from a `DeleteOptions` body or the query string: propagation policy,
/// grace period, and uid/resourceVersion preconditions.
struct DeleteOptions: Sendable, Equatable {
    enum Propagation: String, Sendable {
        case background = "Background", foreground = "Foreground", orphan = "Orphan"
    }

    var propagation: Propagation?
    var gracePeriodSeconds: Int64?
    var preconditionUID: String?
    var preconditionResourceVersion: String?

    /// Reads the options; the body wins over the query, as in the real server.
    static func parse(body: [UInt8], request: APIRequest) throws(APIError) -> DeleteOptions {
        var options = DeleteOptions()
        var source: JSONValue = .emptyObject
        if !body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            source = try RequestBodyDecoder.decodeObject(body, contentType: request.contentType)
            guard source.objectValue != nil else {
                throw APIError.badRequest("DeleteOptions must be a JSON object, found \(source.typeName)")
            }
        }
        let policy = source["propagationPolicy"]?.stringValue ?? request.query["propagationPolicy"]
        if let policy, !policy.isEmpty {
            guard let p = Propagation(rawValue: policy) else {
                throw APIError.invalid(
                    kind: "DeleteOptions", group: "", name: "",
                    causes: [StatusCause(
                        reason: "FieldValueNotSupported",
                        message: "Unsupported value: \"\(policy)\": supported values: \"Foreground\", \"Background\", \"Orphan\"",
                        field: "propagationPolicy")])
            }
            options.propagation = p
        }
        let orphan = source["orphanDependents"]?.boolValue ?? request.query["orphanDependents"].map { $0 == "true" }
        if options.propagation == nil, let orphan { options.propagation = orphan ? .orphan : .background }
        if let g = source["gracePeriodSeconds"]?.intValue {
            options.gracePeriodSeconds = g
        } else {
            options.gracePeriodSeconds = try request.integer("gracePeriodSeconds")
        }
        options.preconditionUID = source["preconditions"]?["uid"]?.stringValue
        options.preconditionResourceVersion = source["preconditions"]?["resourceVersion"]?.stringValue
        return options
    }

    /// Checks the preconditions against the current object (409 Conflict when they fail).
    func check(_ object: JSONValue, type: ResourceType, name: String) throws(APIError) {
        if let uid = preconditionUID, let actual = object["metadata"]?["uid"]?.stringValue, uid != actual {
            throw APIError.conflict(
                type.plural, group: type.group, name: name,
                detail: "Precondition failed: UID in precondition: \(uid), UID in object meta: \(actual)")
        }
        if let rv = preconditionResourceVersion, let actual = object["metadata"]?["resourceVersion"]?.stringValue, rv != actual {
            throw APIError.conflict(
                type.plural, group: type.group, name: name,
                detail: "Precondition failed: ResourceVersion in precondition: \(rv), ResourceVersion in object meta: \(actual)")
        }
    }
}

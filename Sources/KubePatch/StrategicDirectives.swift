import KubeAPI

/// The directive keys of a strategic merge patch.
enum StrategicDirectives {
    static let patch = "$patch"
    static let retainKeys = "$retainKeys"
    static let setElementOrderPrefix = "$setElementOrder/"
    static let deleteFromPrimitiveListPrefix = "$deleteFromPrimitiveList/"

    static func isDirective(_ key: String) -> Bool {
        key == patch || key == retainKeys || key.hasPrefix(setElementOrderPrefix) || key.hasPrefix(deleteFromPrimitiveListPrefix)
    }

    /// A patch value stored where the document had nothing: directive keys, directive-only list
    /// elements and `null` members are dropped (the real server drops them when it decodes the
    /// result into its typed object).
    static func clean(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let members):
            if members[patch]?.stringValue == "delete" { return .emptyObject }
            var out: [String: JSONValue] = [:]
            for (key, member) in members where !isDirective(key) && !member.isNull {
                out[key] = clean(member)
            }
            return .object(out)
        case .array(let elements):
            return .array(elements.filter { $0[patch] == nil }.map(clean))
        default:
            return value
        }
    }
}

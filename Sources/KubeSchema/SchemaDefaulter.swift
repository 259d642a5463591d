import KubeAPI

/// Fills in schema defaults top-down, as kube-apiserver defaults custom resources: an absent
/// property with a `default` receives a copy of it, as does a `null` one unless the property is
/// `nullable`; defaulted values then receive the defaults of their own properties. Array elements
/// and `additionalProperties` values are defaulted by their schemas.
enum SchemaDefaulter {
    static func apply(_ value: JSONValue, _ node: SchemaNode) -> JSONValue {
        switch value {
        case .object(var members):
            for (name, property) in node.properties {
                guard let defaultValue = property.defaultValue else { continue }
                switch members[name] {
                case nil: members[name] = defaultValue
                case .null? where !property.nullable: members[name] = defaultValue
                default: break
                }
            }
            for (key, member) in members {
                if let property = node.properties[key] {
                    members[key] = apply(member, property)
                } else if case .schema(let additional) = node.additionalProperties {
                    members[key] = apply(defaulted(member, additional), additional)
                }
            }
            return .object(members)
        case .array(let elements):
            guard let items = node.items else { return value }
            return .array(elements.map { apply(defaulted($0, items), items) })
        default:
            return value
        }
    }

    /// A `null` element or map value takes the schema's default unless the schema is nullable.
    private static func defaulted(_ value: JSONValue, _ node: SchemaNode) -> JSONValue {
        if value.isNull, !node.nullable, let defaultValue = node.defaultValue { return defaultValue }
        return value
    }
}

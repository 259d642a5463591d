import KubeAPI

/// Removes the fields a structural schema does not specify, as kube-apiserver prunes custom
/// resources: unknown object fields are dropped unless `x-kubernetes-preserve-unknown-fields` is
/// set on that object; `apiVersion`, `kind` and `metadata` survive at the root and in
/// `x-kubernetes-embedded-resource` objects. Values of the wrong type are left for validation.
enum SchemaPruner {
    static func pruneRoot(_ object: JSONValue, _ root: SchemaNode) -> JSONValue {
        prune(object, root, keepTypeMeta: true)
    }

    static func prune(_ value: JSONValue, _ node: SchemaNode, keepTypeMeta: Bool = false) -> JSONValue {
        switch value {
        case .object(let members):
            let keep = keepTypeMeta || node.embeddedResource
            var out: [String: JSONValue] = [:]
            out.reserveCapacity(members.count)
            for (key, member) in members {
                if keep && (key == "apiVersion" || key == "kind" || key == "metadata") {
                    if let property = node.properties[key], key != "metadata" {
                        out[key] = prune(member, property)
                    } else {
                        out[key] = member
                    }
                } else if let property = node.properties[key] {
                    out[key] = prune(member, property)
                } else if case .schema(let additional) = node.additionalProperties {
                    out[key] = prune(member, additional)
                } else if node.preserveUnknownFields {
                    out[key] = member
                } else if node.properties.isEmpty, case .allowed(true) = node.additionalProperties {
                    out[key] = member
                }
            }
            return .object(out)
        case .array(let elements):
            guard let items = node.items else { return value }
            return .array(elements.map { prune($0, items) })
        default:
            return value
        }
    }
}

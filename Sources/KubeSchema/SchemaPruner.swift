import KubeAPI

/// Removes the fields a structural schema does not specify, as kube-apiserver prunes custom
/// resources: unknown object fields are dropped unless `x-kubernetes-preserve-unknown-fields` is
/// set on that object; `apiVersion`, `kind` and `metadata` survive at the root and in
/// `x-kubernetes-embedded-resource` objects; a `null` in a field that is neither `nullable` nor
/// defaulted is dropped. Values of the wrong type are left for validation. Each dropped unknown
/// field's path is recorded (`spec.items[0].extra`), for `fieldValidation=Strict|Warn`.
struct SchemaPruner {
    private(set) var unknownFields: [String] = []

    static func pruneRoot(_ object: JSONValue, _ root: SchemaNode) -> JSONValue {
        var pruner = SchemaPruner()
        return pruner.prune(object, root, path: FieldPath(), keepTypeMeta: true)
    }

    /// A value pruned by the schema node it sits in (not the root: type meta is not kept).
    static func pruneValue(_ value: JSONValue, _ node: SchemaNode) -> JSONValue {
        var pruner = SchemaPruner()
        return pruner.prune(value, node, path: FieldPath())
    }

    /// The paths of the fields pruning drops as unknown, sorted.
    static func unknownFieldPaths(_ object: JSONValue, _ root: SchemaNode) -> [String] {
        var pruner = SchemaPruner()
        _ = pruner.prune(object, root, path: FieldPath(), keepTypeMeta: true)
        return pruner.unknownFields.sorted()
    }

    mutating func prune(_ value: JSONValue, _ node: SchemaNode, path: FieldPath, keepTypeMeta: Bool = false) -> JSONValue {
        switch value {
        case .object(let members):
            let keep = keepTypeMeta || node.embeddedResource
            var out: [String: JSONValue] = [:]
            out.reserveCapacity(members.count)
            for key in members.keys.sorted() {
                guard let member = members[key] else { continue }
                let child = path.child(key)
                if keep && (key == "apiVersion" || key == "kind" || key == "metadata") {
                    if let property = node.properties[key], key != "metadata" {
                        out[key] = prune(member, property, path: child)
                    } else {
                        out[key] = member
                    }
                } else if let property = node.properties[key] {
                    if Self.isDroppableNull(member, property) { continue }
                    out[key] = prune(member, property, path: child)
                } else if case .schema(let additional) = node.additionalProperties {
                    if Self.isDroppableNull(member, additional) { continue }
                    out[key] = prune(member, additional, path: child)
                } else if node.preserveUnknownFields {
                    out[key] = member
                } else if node.properties.isEmpty, case .allowed(true) = node.additionalProperties {
                    out[key] = member
                } else {
                    unknownFields.append(child.description)
                }
            }
            return .object(out)
        case .array(let elements):
            guard let items = node.items else { return value }
            return .array(elements.enumerated().map { prune($1, items, path: path.index($0)) })
        default:
            return value
        }
    }

    /// kube-apiserver drops `null` from fields that may not be null and have no default to fill in.
    private static func isDroppableNull(_ value: JSONValue, _ node: SchemaNode) -> Bool {
        value.isNull && !node.nullable && node.defaultValue == nil
    }
}

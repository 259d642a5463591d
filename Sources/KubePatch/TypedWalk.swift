import KubeAPI

/// The schema-aware walks of structured-merge-diff over one value: the fields it sets
/// (`ToFieldSet`), the difference between two values (`Compare`), and removing a set of fields
/// (`RemoveItems`).
enum TypedWalk {
    /// The paths that changed from one value to another. `added` and `removed` include interior
    /// nodes (maps, lists, list elements) that appear or disappear; `modified` holds leaves only.
    struct Comparison {
        var added = FieldSet()
        var modified = FieldSet()
        var removed = FieldSet()
    }

    /// The path element naming `item` in the keyed or set list described by `node`.
    static func element(of item: JSONValue, in node: SchemaNode, at path: FieldPath) throws(ApplyError) -> PathElement {
        switch node.applyList {
        case .map(let keys):
            guard case .object(let members) = item else {
                throw .invalid("\(display(path)): elements of an associative list must be objects, got \(item.typeName)")
            }
            var fields: [KeyField] = []
            for key in keys {
                if let value = members[key], !value.isNull {
                    fields.append(KeyField(name: key, value: value))
                } else if let fallback = node.list?.keyDefaults[key] {
                    fields.append(KeyField(name: key, value: .string(fallback)))
                } else {
                    throw .invalid("\(display(path)): associative list with keys has an element that omits key field \"\(key)\" (and doesn't have default value)")
                }
            }
            return PathElement.makeKey(fields)
        case .set:
            switch item {
            case .object, .array:
                throw .invalid("\(display(path)): elements of a set must be scalars, got \(item.typeName)")
            default:
                return PathElement.makeValue(item)
            }
        case .atomic:
            throw .invalid("\(display(path)): an atomic list has no element keys")
        }
    }

    // MARK: ToFieldSet

    /// The fields `value` sets: leaves, atomic values, every element of keyed and set lists, and
    /// every entry of a map with free-form keys (declared struct fields are members only as leaves).
    /// Throws for keyed-list elements without their key, and for duplicate keys when `rejectDuplicates`.
    static func fieldSet(of value: JSONValue, schema: SchemaNode, rejectDuplicates: Bool = false) throws(ApplyError) -> FieldSet {
        var set = FieldSet()
        try collect(value, schema, prefix: [], rejectDuplicates: rejectDuplicates, into: &set)
        return set
    }

    private static func collect(_ value: JSONValue, _ node: SchemaNode, prefix: FieldPath, rejectDuplicates: Bool,
                                into set: inout FieldSet) throws(ApplyError) {
        switch value {
        case .object(let members):
            if node.isAtomic {
                set.insert(prefix)
                return
            }
            for (key, child) in members {
                let path = prefix + [.field(key)]
                try collect(child, node.child(key), prefix: path, rejectDuplicates: rejectDuplicates, into: &set)
                if !node.declares(key) { set.insert(path) }
            }
        case .array(let items):
            if node.applyList == .atomic {
                set.insert(prefix)
                return
            }
            var seen = Set<PathElement>()
            for item in items {
                let element = try element(of: item, in: node, at: prefix)
                if rejectDuplicates && !seen.insert(element).inserted {
                    throw .invalid("\(display(prefix)): duplicate entries for key \(element.pathString)")
                }
                let path = prefix + [element]
                try collect(item, node.item, prefix: path, rejectDuplicates: rejectDuplicates, into: &set)
                set.insert(path)
            }
        default:
            set.insert(prefix)
        }
    }

    // MARK: Compare

    static func compare(_ old: JSONValue?, _ new: JSONValue?, schema: SchemaNode) -> Comparison {
        var comparison = Comparison()
        compare(old, new, schema, prefix: [], into: &comparison)
        return comparison
    }

    private static func isEmptyOrNull(_ value: JSONValue?) -> Bool {
        switch value {
        case nil, .null?: return true
        case .object(let m)?: return m.isEmpty
        case .array(let a)?: return a.isEmpty
        default: return false
        }
    }

    private static func compare(_ old: JSONValue?, _ new: JSONValue?, _ node: SchemaNode, prefix: FieldPath,
                                into c: inout Comparison) {
        if old == nil && new == nil { return }
        let isMap = old?.objectValue != nil || new?.objectValue != nil
        let isList = old?.arrayValue != nil || new?.arrayValue != nil
        let bothEmpty = isEmptyOrNull(old) && isEmptyOrNull(new)
        let leaf = (isMap && isList) || (!isMap && !isList) || bothEmpty
            || (isMap && node.isAtomic) || (isList && node.applyList == .atomic)
            || !compatible(old, new)
        if leaf {
            if old == nil {
                c.added.insert(prefix)
            } else if new == nil {
                c.removed.insert(prefix)
            } else if let old, let new, !old.sameValue(as: new) {
                c.modified.insert(prefix)
            }
            return
        }
        if old == nil { c.added.insert(prefix) } else if new == nil { c.removed.insert(prefix) }
        if isMap {
            let oldMembers = old?.objectValue ?? [:]
            let newMembers = new?.objectValue ?? [:]
            for key in Set(oldMembers.keys).union(newMembers.keys) {
                compare(oldMembers[key], newMembers[key], node.child(key), prefix: prefix + [.field(key)], into: &c)
            }
            return
        }
        guard let oldItems = try? keyed(old?.arrayValue ?? [], node, prefix),
              let newItems = try? keyed(new?.arrayValue ?? [], node, prefix) else {
            if let old, let new, !old.sameValue(as: new) { c.modified.insert(prefix) }
            return
        }
        for element in Set(oldItems.keys).union(newItems.keys) {
            compare(oldItems[element], newItems[element], node.item, prefix: prefix + [element], into: &c)
        }
    }

    /// Whether two present values are the same container kind (null counts as either).
    private static func compatible(_ a: JSONValue?, _ b: JSONValue?) -> Bool {
        guard let a, let b, !a.isNull, !b.isNull else { return true }
        return (a.objectValue != nil) == (b.objectValue != nil) && (a.arrayValue != nil) == (b.arrayValue != nil)
    }

    /// List elements by their path element; the first of duplicates wins.
    static func keyed(_ items: [JSONValue], _ node: SchemaNode, _ prefix: FieldPath) throws(ApplyError) -> [PathElement: JSONValue] {
        var out: [PathElement: JSONValue] = [:]
        for item in items {
            let element = try element(of: item, in: node, at: prefix)
            if out[element] == nil { out[element] = item }
        }
        return out
    }

    // MARK: RemoveItems

    /// `value` without the fields in `set`: a member path removes the whole value there.
    static func removing(_ set: FieldSet, from value: JSONValue, schema node: SchemaNode, prefix: FieldPath = []) -> JSONValue {
        switch value {
        case .object(var members):
            for key in Array(members.keys) {
                let element = PathElement.field(key)
                if set.members.contains(element) {
                    members[key] = nil
                } else if let sub = set.children[element], let child = members[key] {
                    members[key] = removing(sub, from: child, schema: node.child(key), prefix: prefix + [element])
                }
            }
            return .object(members)
        case .array(let items) where node.applyList != .atomic:
            var kept: [JSONValue] = []
            for item in items {
                guard let element = try? element(of: item, in: node, at: prefix) else {
                    kept.append(item)
                    continue
                }
                if set.members.contains(element) { continue }
                if let sub = set.children[element] {
                    kept.append(removing(sub, from: item, schema: node.item, prefix: prefix + [element]))
                } else {
                    kept.append(item)
                }
            }
            return .array(kept)
        default:
            return value
        }
    }

    /// structured-merge-diff's `EnsureNamedFieldsAreMembers`: declared struct fields with paths
    /// below them become members too.
    static func ensureNamedFieldsAreMembers(_ set: FieldSet, schema node: SchemaNode) -> FieldSet {
        var result = FieldSet(members: set.members)
        for (element, child) in set.children {
            let childNode: SchemaNode
            if case .field(let name) = element {
                childNode = node.child(name)
                if node.declares(name) { result.members.insert(element) }
            } else {
                childNode = node.item
            }
            result.children[element] = ensureNamedFieldsAreMembers(child, schema: childNode)
        }
        return result
    }

    static func display(_ path: FieldPath) -> String { path.isEmpty ? "<root>" : path.pathString }
}

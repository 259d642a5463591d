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
        _ = compare(old, new, schema, prefix: [], into: &comparison)
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

    /// How the value at one path changed, as seen from its parent.
    private enum Change {
        case none, added, modified, removed
    }

    /// Compares the values at one path: fills `c` with the changes below it (relative to it) and
    /// returns the change of the path itself, which the caller records under the path's element
    /// (the sets are built bottom-up, so no path is walked from the root). `prefix` is only read
    /// for error paths of keyed lists.
    private static func compare(_ old: JSONValue?, _ new: JSONValue?, _ node: SchemaNode, prefix: @autoclosure () -> FieldPath,
                                into c: inout Comparison) -> Change {
        if old == nil && new == nil { return .none }
        let isMap = old?.objectValue != nil || new?.objectValue != nil
        let isList = old?.arrayValue != nil || new?.arrayValue != nil
        let bothEmpty = isEmptyOrNull(old) && isEmptyOrNull(new)
        let leaf = (isMap && isList) || (!isMap && !isList) || bothEmpty
            || (isMap && node.isAtomic) || (isList && node.applyList == .atomic)
            || !compatible(old, new)
        if leaf {
            if old == nil { return .added }
            if new == nil { return .removed }
            if let old, let new, !old.sameValue(as: new) { return .modified }
            return .none
        }
        let own: Change = old == nil ? .added : new == nil ? .removed : .none
        if isMap {
            let oldMembers = old?.objectValue ?? [:]
            let newMembers = new?.objectValue ?? [:]
            // a created map adds every member
            if old == nil { c.added.members.reserveCapacity(newMembers.count) }
            for (key, newValue) in newMembers {
                var sub = Comparison()
                let change = compare(oldMembers[key], newValue, node.child(key), prefix: prefix() + [.field(key)], into: &sub)
                record(.field(key), change, sub, in: &c)
            }
            for (key, oldValue) in oldMembers where newMembers[key] == nil {
                var sub = Comparison()
                let change = compare(oldValue, nil, node.child(key), prefix: prefix() + [.field(key)], into: &sub)
                record(.field(key), change, sub, in: &c)
            }
            return own
        }
        let path = prefix()
        guard let oldItems = try? keyed(old?.arrayValue ?? [], node, path),
              let newItems = try? keyed(new?.arrayValue ?? [], node, path) else {
            if let old, let new, !old.sameValue(as: new) { return .modified }
            return own
        }
        for (element, newItem) in newItems {
            var sub = Comparison()
            let change = compare(oldItems[element], newItem, node.item, prefix: path + [element], into: &sub)
            record(element, change, sub, in: &c)
        }
        for (element, oldItem) in oldItems where newItems[element] == nil {
            var sub = Comparison()
            let change = compare(oldItem, nil, node.item, prefix: path + [element], into: &sub)
            record(element, change, sub, in: &c)
        }
        return own
    }

    /// Records the comparison of the value under `element`: `sub` holds the changes below it
    /// (relative to it), `change` its own.
    private static func record(_ element: PathElement, _ change: Change, _ sub: Comparison, in c: inout Comparison) {
        switch change {
        case .added: c.added.members.insert(element)
        case .modified: c.modified.members.insert(element)
        case .removed: c.removed.members.insert(element)
        case .none: break
        }
        if !sub.added.isEmpty { c.added.children[element] = sub.added }
        if !sub.modified.isEmpty { c.modified.children[element] = sub.modified }
        if !sub.removed.isEmpty { c.removed.children[element] = sub.removed }
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

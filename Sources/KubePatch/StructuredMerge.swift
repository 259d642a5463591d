import KubeAPI

/// Merges an applied configuration into a live object as structured-merge-diff's `Merge` does:
/// the configuration wins for scalars and atomic values, maps merge member by member, keyed and
/// set lists merge element by element keeping the live order and placing new elements as the
/// configuration orders them. A `null` scalar in the configuration removes the field.
enum StructuredMerge {
    static func merge(_ live: JSONValue, _ config: JSONValue, schema: SchemaNode) throws(ApplyError) -> JSONValue {
        try merge(live, config, schema, prefix: []) ?? .emptyObject
    }

    private static func merge(_ lhs: JSONValue?, _ rhs: JSONValue, _ node: SchemaNode, prefix: FieldPath) throws(ApplyError) -> JSONValue? {
        guard let lhs else { return rhs.isNull ? Optional<JSONValue>.none : rhs }
        switch (lhs, rhs) {
        case (.object(let l), .object(let r)) where !node.isAtomic:
            var out = l
            for (key, value) in r {
                out[key] = try merge(l[key], value, node.child(key), prefix: prefix + [.field(key)])
            }
            return .object(out)
        case (.object, .null), (.array, .null):
            return lhs
        case (.array(let l), .array(let r)) where node.applyList != .atomic:
            return .array(try mergeList(l, r, node, prefix: prefix))
        default:
            return rhs.isNull ? Optional<JSONValue>.none : rhs
        }
    }

    /// The list merge of structured-merge-diff (`visitListItems`): walks both lists, emitting live
    /// elements the configuration does not name in place, and shared elements in configuration order.
    private static func mergeList(_ lhs: [JSONValue], _ rhs: [JSONValue], _ node: SchemaNode, prefix: FieldPath) throws(ApplyError) -> [JSONValue] {
        let lhsKeys = try lhs.map { item throws(ApplyError) in try TypedWalk.element(of: item, in: node, at: prefix) }
        let rhsKeys = try rhs.map { item throws(ApplyError) in try TypedWalk.element(of: item, in: node, at: prefix) }
        var observedLHS: [PathElement: JSONValue] = [:]
        for (key, item) in zip(lhsKeys, lhs) where observedLHS[key] == nil { observedLHS[key] = item }
        var observedRHS: [PathElement: JSONValue] = [:]
        for (key, item) in zip(rhsKeys, rhs) where observedRHS[key] == nil { observedRHS[key] = item }

        var sharedOrder = rhsKeys.filter { observedLHS[$0] != nil }[...]
        var nextShared = sharedOrder.popFirst()
        var mergedRHS = Set<PathElement>()
        var out: [JSONValue] = []
        var l = 0
        var r = 0
        while l < lhsKeys.count || r < rhsKeys.count {
            if l < lhsKeys.count && r < rhsKeys.count {
                let key = lhsKeys[l]
                if key == rhsKeys[r] {
                    mergedRHS.insert(key)
                    if let item = try mergeItem(observedLHS[key], observedRHS[key], node, prefix: prefix + [key]) { out.append(item) }
                    l += 1
                    r += 1
                    nextShared = sharedOrder.popFirst()
                    continue
                }
                if observedRHS[key] != nil, let shared = nextShared, shared != key {
                    l += 1
                    continue
                }
            }
            if l < lhsKeys.count {
                let key = lhsKeys[l]
                if observedRHS[key] == nil {
                    out.append(lhs[l])
                    l += 1
                    continue
                } else if mergedRHS.contains(key) {
                    l += 1
                    continue
                }
            }
            if r < rhsKeys.count {
                let key = rhsKeys[r]
                mergedRHS.insert(key)
                if let item = try mergeItem(observedLHS[key], observedRHS[key], node, prefix: prefix + [key]) { out.append(item) }
                r += 1
                if nextShared == key { nextShared = sharedOrder.popFirst() }
            }
        }
        return out
    }

    private static func mergeItem(_ lhs: JSONValue?, _ rhs: JSONValue?, _ node: SchemaNode, prefix: FieldPath) throws(ApplyError) -> JSONValue? {
        guard let rhs else { return lhs }
        return try merge(lhs, rhs, node.item, prefix: prefix)
    }
}

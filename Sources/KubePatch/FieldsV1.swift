import KubeAPI

/// The FieldsV1 JSON encoding of a `FieldSet`, as stored in `metadata.managedFields[].fieldsV1`:
/// `{"f:spec":{"f:replicas":{}},"f:metadata":{"f:labels":{".":{},"f:app":{}}}}`.
enum FieldsV1 {
    static func encode(_ set: FieldSet) -> JSONValue {
        .object(members(of: set))
    }

    private static func members(of set: FieldSet) -> [String: JSONValue] {
        var out: [String: JSONValue] = [:]
        out.reserveCapacity(set.members.count + set.children.count)
        for (element, childSet) in set.children {
            var child = members(of: childSet)
            if set.members.contains(element) && !child.isEmpty { child["."] = .emptyObject }
            out[element.fieldsV1Key] = .object(child)
        }
        for element in set.members where set.children[element] == nil {
            out[element.fieldsV1Key] = .emptyObject
        }
        return out
    }

    /// Decodes FieldsV1; throws a message naming the bad member.
    static func decode(_ value: JSONValue) throws(ApplyError) -> FieldSet {
        guard case .object(let members) = value else {
            throw .invalid("fieldsV1 must be an object, got \(value.typeName)")
        }
        var set = FieldSet()
        for (key, child) in members where key != "." {
            guard let element = PathElement(fieldsV1Key: key) else {
                throw .invalid("fieldsV1 has an invalid member name \"\(key)\"")
            }
            guard case .object(let grand) = child else {
                throw .invalid("fieldsV1 member \"\(key)\" must be an object")
            }
            if grand.isEmpty || grand["."] != nil { set.members.insert(element) }
            let sub = try decode(child)
            if !sub.isEmpty { set.children[element] = sub }
        }
        return set
    }
}

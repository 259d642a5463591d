/// Small constructors that keep the built-in schema tables readable.
enum Schema {
    /// A struct with known fields (granular: each field merges and is owned on its own).
    static func object(_ fields: [String: SchemaNode]) -> SchemaNode {
        SchemaNode(fields: fields)
    }

    /// A field with no special merge behaviour.
    static let plain = SchemaNode.plain

    /// A struct or map replaced and owned as a whole (`+structType=atomic`, `+mapType=atomic`).
    static let atomic = SchemaNode(isAtomic: true)

    /// A map with free-form keys whose values have the shape `value`.
    static func map(of value: SchemaNode) -> SchemaNode {
        SchemaNode(elements: value)
    }

    /// A list of objects merged by `key` in a strategic merge patch and keyed by `applyKeys`
    /// (default: `key`) in server-side apply; `keyDefaults` fill absent key fields (protocol "TCP").
    static func keyed(_ item: SchemaNode, by key: String, applyKeys: [String]? = nil,
                      keyDefaults: [String: String] = [:], patchMerges: Bool = true, applyKeyed: Bool = true) -> SchemaNode {
        let patch: ListStrategy.Patch = patchMerges ? .merge(key: key) : .replace
        let apply: ListStrategy.Apply = applyKeyed ? .map(keys: applyKeys ?? [key]) : .atomic
        return SchemaNode(elements: item, list: ListStrategy(patch: patch, apply: apply, keyDefaults: keyDefaults))
    }

    /// A list of scalars merged as a set (`patchStrategy=merge`, `listType=set`).
    static let set = SchemaNode(list: ListStrategy(patch: .merge(key: nil), apply: .set))

    /// A list replaced whole by a strategic merge patch and owned whole by server-side apply.
    static func atomicList(_ item: SchemaNode = .plain) -> SchemaNode {
        SchemaNode(elements: item, list: ListStrategy(patch: .replace, apply: .atomic))
    }
}

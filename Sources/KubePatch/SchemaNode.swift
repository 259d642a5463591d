/// How one list merges, in both merge dialects.
///
/// Strategic merge patch (`patch`) and server-side apply (`apply`) read different annotations on
/// the same Go field (`patchStrategy`/`patchMergeKey` versus `listType`/`listMapKey`), and they
/// differ for some fields (container ports merge by `containerPort` in a strategic merge patch but
/// are keyed by `containerPort` and `protocol` in server-side apply).
struct ListStrategy: Sendable, Equatable {
    /// Strategic merge patch behaviour of a list.
    enum Patch: Sendable, Equatable {
        /// The patch's list replaces the live list (no `patchStrategy`).
        case replace
        /// Objects merge by the value of `key`; with `key == nil`, a list of scalars merged as a set.
        case merge(key: String?)
    }
    /// Server-side apply behaviour of a list (`x-kubernetes-list-type`).
    enum Apply: Sendable, Equatable {
        case atomic
        case set
        case map(keys: [String])
    }
    var patch: Patch
    var apply: Apply
    /// Values server-side apply assumes for absent key fields (the OpenAPI `default` of a key,
    /// such as `protocol: TCP` for ports).
    var keyDefaults: [String: String] = [:]
}

/// The merge-relevant shape of a value at one place in an object: what its fields are, how its
/// lists merge, whether a map is atomic. Built once per kind and shared (immutable).
final class SchemaNode: Sendable {
    /// Known fields of a struct (Go struct or OpenAPI `properties`).
    let fields: [String: SchemaNode]
    /// The shape of list elements (`items`) or of map values (`additionalProperties`).
    let elements: SchemaNode?
    /// Set when the value is a list.
    let list: ListStrategy?
    /// An atomic struct or map: replaced whole, owned as one field (`x-kubernetes-map-type: atomic`).
    let isAtomic: Bool
    /// Whether names not in `fields` are still declared struct fields (true for the built-in Go
    /// types, whose tables list only the fields with special merge behaviour); false for schemas
    /// read from OpenAPI and for values with no schema, whose unknown keys are map entries.
    let declaresFields: Bool

    init(fields: [String: SchemaNode] = [:], elements: SchemaNode? = nil, list: ListStrategy? = nil,
         isAtomic: Bool = false, declaresFields: Bool = true) {
        self.fields = fields
        self.elements = elements
        self.list = list
        self.isAtomic = isAtomic
        self.declaresFields = declaresFields
    }

    /// A value about which nothing is known (structured-merge-diff's deduced schema): maps merge,
    /// lists are atomic, keys are map entries.
    static let unknown = SchemaNode(declaresFields: false)

    /// A field of a built-in type with no special merge behaviour.
    static let plain = SchemaNode()

    private var fallback: SchemaNode { declaresFields ? .plain : .unknown }

    /// The shape of field `name` (a struct field, or a map value when fields are not declared).
    func child(_ name: String) -> SchemaNode {
        fields[name] ?? elements ?? fallback
    }

    /// Whether `name` is a declared struct field rather than an entry of a map.
    func declares(_ name: String) -> Bool {
        fields[name] != nil || (declaresFields && elements == nil)
    }

    /// The shape of list elements.
    var item: SchemaNode { elements ?? fallback }

    /// The strategic merge patch behaviour of this value as a list.
    var patchList: ListStrategy.Patch { list?.patch ?? .replace }

    /// The server-side apply behaviour of this value as a list.
    var applyList: ListStrategy.Apply { list?.apply ?? .atomic }
}

import KubeAPI

/// One field of a list element's key, e.g. `name="nginx"` or `containerPort=80`.
struct KeyField: Hashable, Sendable {
    var name: String
    var value: JSONValue
}

/// One step of a path into an object, as structured-merge-diff names it: a struct or map
/// field, an associative-list element by its key fields, a set element by value, or an index.
enum PathElement: Hashable, Sendable, Comparable {
    case field(String)
    case key([KeyField])
    case value(JSONValue)
    case index(Int)

    /// An element key with its fields sorted by name and numbers normalized, so equal keys compare equal.
    static func makeKey(_ fields: [KeyField]) -> PathElement {
        .key(fields.map { KeyField(name: $0.name, value: $0.value.normalizedNumber) }.sorted { $0.name < $1.name })
    }

    static func makeValue(_ value: JSONValue) -> PathElement { .value(value.normalizedNumber) }

    /// The FieldsV1 member name: `f:name`, `k:{"name":"x"}`, `v:"x"`, `i:0`.
    var fieldsV1Key: String {
        switch self {
        case .field(let name): return "f:" + name
        case .key(let fields): return "k:" + keyObject(fields).jsonString
        case .value(let value): return "v:" + value.jsonString
        case .index(let index): return "i:\(index)"
        }
    }

    /// The element as a conflict message prints it: `.name`, `[name="x",port=80]`, `[="x"]`, `[0]`.
    var pathString: String {
        switch self {
        case .field(let name): return "." + name
        case .key(let fields): return "[" + fields.map { "\($0.name)=\($0.value.jsonString)" }.joined(separator: ",") + "]"
        case .value(let value): return "[=\(value.jsonString)]"
        case .index(let index): return "[\(index)]"
        }
    }

    private func keyObject(_ fields: [KeyField]) -> JSONValue {
        .object(Dictionary(fields.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first }))
    }

    /// Parses a FieldsV1 member name; nil when it is not one.
    init?(fieldsV1Key text: String) {
        guard text.count >= 2, text.dropFirst().first == ":" else { return nil }
        let body = String(text.dropFirst(2))
        switch text.first {
        case "f": self = .field(body)
        case "i":
            guard let index = Int(body) else { return nil }
            self = .index(index)
        case "v":
            guard let value = try? JSONValue.parse(body) else { return nil }
            self = PathElement.makeValue(value)
        case "k":
            guard case .object(let members)? = try? JSONValue.parse(body) else { return nil }
            self = PathElement.makeKey(members.map { KeyField(name: $0.key, value: $0.value) })
        default: return nil
        }
    }

    /// structured-merge-diff's order: fields, then keys, then values, then indices.
    static func < (lhs: PathElement, rhs: PathElement) -> Bool {
        switch (lhs, rhs) {
        case (.field(let a), .field(let b)): return a < b
        case (.index(let a), .index(let b)): return a < b
        default:
            if lhs.rank != rhs.rank { return lhs.rank < rhs.rank }
            return lhs.fieldsV1Key < rhs.fieldsV1Key
        }
    }

    private var rank: Int {
        switch self {
        case .field: return 0
        case .key: return 1
        case .value: return 2
        case .index: return 3
        }
    }
}

/// A path from the object root.
typealias FieldPath = [PathElement]

extension Array where Element == PathElement {
    /// `.spec.template.spec.containers[name="nginx"].image`
    var pathString: String { map(\.pathString).joined() }
}

extension JSONValue {
    /// Integral doubles as integers, so `80` and `80.0` name the same list element.
    var normalizedNumber: JSONValue {
        if case .double(let d) = self, let i = intValue, Double(i) == d { return .int(i) }
        return self
    }
}

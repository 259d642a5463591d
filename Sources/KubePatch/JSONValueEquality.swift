import KubeAPI

extension JSONValue {
    /// JSON equality: numbers compare by value (`1` equals `1.0`), as decoded JSON does not keep
    /// the distinction; objects and arrays compare member by member.
    func sameValue(as other: JSONValue) -> Bool {
        switch (self, other) {
        case (.int, .double), (.double, .int): return doubleValue == other.doubleValue
        case (.array(let x), .array(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.sameValue(as: $1) }
        case (.object(let x), .object(let y)):
            return x.count == y.count && x.allSatisfy { key, value in y[key].map { value.sameValue(as: $0) } ?? false }
        default: return self == other
        }
    }

    /// Whether two values are the same JSON kind for merging (numbers are one kind).
    func sameKind(as other: JSONValue) -> Bool {
        switch (self, other) {
        case (.object, .object), (.array, .array), (.string, .string), (.bool, .bool), (.null, .null): return true
        case (.int, .int), (.int, .double), (.double, .int), (.double, .double): return true
        default: return false
        }
    }
}

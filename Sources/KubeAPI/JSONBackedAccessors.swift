import Foundation

/// One-line typed accessors for `JSONBacked` views. Each reads a member of `json` and writes it back.
///
/// Reading never changes the document. Writing `nil` to an optional field removes the member.
/// Non-optional collection and view accessors read an absent (or `null`) member as empty, and
/// writing an empty value over an absent member leaves it absent, so reading a nested view in a
/// mutation path does not add `{}` or `[]` members that were not there.
extension JSONBacked {
    /// An optional scalar, open enum, collection or view.
    public subscript<T: JSONConvertible>(field key: String) -> T? {
        get { json[key].flatMap(T.init(jsonValue:)) }
        set { json[key] = newValue?.jsonValue }
    }

    /// A nested view that reads as empty when absent.
    public subscript<T: JSONBacked>(view key: String) -> T {
        get {
            guard let member = json[key], !member.isNull else { return T(json: .emptyObject) }
            return T(json: member)
        }
        set { setMember(key, newValue.json, isEmpty: newValue.json == .emptyObject) }
    }

    /// An array that reads as empty when absent; elements that do not convert are skipped on read.
    public subscript<T: JSONConvertible>(list key: String) -> [T] {
        get { json[key]?.arrayValue?.compactMap(T.init(jsonValue:)) ?? [] }
        set { setMember(key, .array(newValue.map(\.jsonValue)), isEmpty: newValue.isEmpty) }
    }

    /// A string-keyed map (labels, annotations, data, resource lists) that reads as empty when
    /// absent; members that do not convert are skipped on read.
    public subscript<T: JSONConvertible>(map key: String) -> [String: T] {
        get { json[key]?.objectValue?.compactMapValues(T.init(jsonValue:)) ?? [:] }
        set { setMember(key, .object(newValue.mapValues(\.jsonValue)), isEmpty: newValue.isEmpty) }
    }

    /// A `metav1.Time` field: RFC 3339 with whole seconds. An unparseable string reads as `nil`.
    public subscript(time key: String) -> Date? {
        get { json[key]?.stringValue.flatMap(KubeTime.parse) }
        set { json[key] = newValue.map { .string(KubeTime.format($0)) } }
    }

    /// A `metav1.MicroTime` field: RFC 3339 with six fractional digits. An unparseable string reads as `nil`.
    public subscript(microTime key: String) -> Date? {
        get { json[key]?.stringValue.flatMap(KubeTime.parse) }
        set { json[key] = newValue.map { .string(KubeTime.formatMicro($0)) } }
    }

    private mutating func setMember(_ key: String, _ value: JSONValue, isEmpty: Bool) {
        if isEmpty, json[key] == nil || json[key] == .null { return }
        json[key] = value
    }
}

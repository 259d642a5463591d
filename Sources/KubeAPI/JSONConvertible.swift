/// A Swift value that maps to and from one JSON value: what a typed field of a `JSONBacked` view holds.
///
/// `init?(jsonValue:)` returns `nil` when the JSON has another shape (a string where a number is
/// expected); reading such a field gives `nil` and leaves the document untouched.
public protocol JSONConvertible {
    init?(jsonValue: JSONValue)
    var jsonValue: JSONValue { get }
}

extension JSONValue: JSONConvertible {
    public init?(jsonValue: JSONValue) { self = jsonValue }
    public var jsonValue: JSONValue { self }
}

extension String: JSONConvertible {
    public init?(jsonValue: JSONValue) {
        guard case .string(let s) = jsonValue else { return nil }
        self = s
    }
    public var jsonValue: JSONValue { .string(self) }
}

extension Bool: JSONConvertible {
    public init?(jsonValue: JSONValue) {
        guard case .bool(let b) = jsonValue else { return nil }
        self = b
    }
    public var jsonValue: JSONValue { .bool(self) }
}

extension Int64: JSONConvertible {
    public init?(jsonValue: JSONValue) {
        guard let i = jsonValue.intValue else { return nil }
        self = i
    }
    public var jsonValue: JSONValue { .int(self) }
}

extension Int: JSONConvertible {
    public init?(jsonValue: JSONValue) {
        guard let i = jsonValue.intValue, let narrowed = Int(exactly: i) else { return nil }
        self = narrowed
    }
    public var jsonValue: JSONValue { .int(Int64(self)) }
}

extension Int32: JSONConvertible {
    public init?(jsonValue: JSONValue) {
        guard let i = jsonValue.intValue, let narrowed = Int32(exactly: i) else { return nil }
        self = narrowed
    }
    public var jsonValue: JSONValue { .int(Int64(self)) }
}

extension Double: JSONConvertible {
    public init?(jsonValue: JSONValue) {
        guard let d = jsonValue.doubleValue else { return nil }
        self = d
    }
    public var jsonValue: JSONValue { .double(self) }
}

extension Array: JSONConvertible where Element: JSONConvertible {
    /// `nil` unless the value is an array whose every element converts.
    public init?(jsonValue: JSONValue) {
        guard case .array(let elements) = jsonValue else { return nil }
        var result: [Element] = []
        result.reserveCapacity(elements.count)
        for element in elements {
            guard let converted = Element(jsonValue: element) else { return nil }
            result.append(converted)
        }
        self = result
    }
    public var jsonValue: JSONValue { .array(map(\.jsonValue)) }
}

extension Dictionary: JSONConvertible where Key == String, Value: JSONConvertible {
    /// `nil` unless the value is an object whose every member converts.
    public init?(jsonValue: JSONValue) {
        guard case .object(let members) = jsonValue else { return nil }
        var result: [String: Value] = [:]
        result.reserveCapacity(members.count)
        for (key, member) in members {
            guard let converted = Value(jsonValue: member) else { return nil }
            result[key] = converted
        }
        self = result
    }
    public var jsonValue: JSONValue { .object(mapValues(\.jsonValue)) }
}

/// A string-valued enumeration that stays open: values this version does not know are kept as they
/// are rather than rejected, as Kubernetes clients must do with enum fields.
public protocol OpenStringEnum: RawRepresentable, JSONConvertible, Sendable, Hashable,
    ExpressibleByStringLiteral, CustomStringConvertible where RawValue == String
{
    init(rawValue: String)
}

extension OpenStringEnum {
    public init(stringLiteral value: String) { self.init(rawValue: value) }
    public init?(jsonValue: JSONValue) {
        guard case .string(let s) = jsonValue else { return nil }
        self.init(rawValue: s)
    }
    public var jsonValue: JSONValue { .string(rawValue) }
    public var description: String { rawValue }
}

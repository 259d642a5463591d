/// A scalar protobuf type as Kubernetes uses it.
enum ScalarKind: String, Sendable {
    case string, bytes, bool, int32, int64, uint32, uint64, double, float

    /// The wire type a single value of this kind is written with.
    var wireType: WireType {
        switch self {
        case .string, .bytes: .lengthDelimited
        case .bool, .int32, .int64, .uint32, .uint64: .varint
        case .double: .fixed64
        case .float: .fixed32
        }
    }
}

/// Messages whose JSON form is not an object of their fields; decoded by `BuiltinMessage.decode`.
enum BuiltinMessage: String, Sendable, CaseIterable {
    case time = "meta.v1.Time"
    case microTime = "meta.v1.MicroTime"
    case duration = "meta.v1.Duration"
    case fieldsV1 = "meta.v1.FieldsV1"
    case quantity = "resource.Quantity"
    case intOrString = "intstr.IntOrString"
    case rawExtension = "runtime.RawExtension"
}

/// The type of one value of a field (an element, for repeated fields and maps).
enum ValueType: Sendable {
    case scalar(ScalarKind)
    /// A message of the table, by index.
    case message(Int)
    case builtin(BuiltinMessage)
    /// A message holding `repeated string items = 1`, which Go declares as `[]string`.
    case strings

    /// The wire type a single value of this type is written with.
    var wireType: WireType {
        if case .scalar(let kind) = self { return kind.wireType }
        return .lengthDelimited
    }

    init(token: String, messages: [String: Int]) throws(ProtobufDecodingError) {
        if let kind = ScalarKind(rawValue: token) {
            self = .scalar(kind)
        } else if let builtin = BuiltinMessage(rawValue: token) {
            self = .builtin(builtin)
        } else if token == "strings" {
            self = .strings
        } else if let index = messages[token] {
            self = .message(index)
        } else {
            throw MessageTable.tableError("unknown type '\(token)'")
        }
    }
}

/// How many values a field holds.
enum FieldShape: Sendable {
    case single, repeated, map
}

/// One field of a message: its number, JSON name, value type and the Go JSON encoding rules that
/// decide whether an absent or zero value is written.
struct FieldDescriptor: Sendable {
    let number: Int
    let jsonName: String
    let valueType: ValueType
    let shape: FieldShape
    /// A Go pointer: written whenever present on the wire, even when zero.
    let isPointer: Bool
    /// Go `omitempty`: zero scalars, empty lists and maps, and absent pointers are left out.
    let omitsEmpty: Bool
    /// An embedded Go struct whose fields appear directly in the parent's JSON object.
    let isInline: Bool
    /// A field Go does not serialize to JSON (`json:"-"`).
    let isIgnored: Bool

    init(number: Int, jsonName: String, type: String, flags: String, messages: [String: Int]) throws(ProtobufDecodingError) {
        self.number = number
        self.jsonName = jsonName
        if type.hasPrefix("map:") {
            valueType = try ValueType(token: String(type.dropFirst(4)), messages: messages)
            shape = .map
        } else {
            valueType = try ValueType(token: type, messages: messages)
            shape = flags.contains("r") ? .repeated : .single
        }
        isPointer = flags.contains("p")
        omitsEmpty = flags.contains("o")
        isInline = flags.contains("i")
        isIgnored = flags.contains("x")
    }
}

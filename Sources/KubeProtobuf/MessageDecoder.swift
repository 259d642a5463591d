import KubeAPI

/// Decodes table messages out of one request body into the JSON that Go's `encoding/json` gives
/// the Go struct the message decodes into (the JSON kubectl would have sent).
///
/// Go rules applied per field: absent pointers, lists and maps are `null` (left out when
/// `omitempty`); non-pointer structs are always written (zero structs included); zero scalars are
/// left out only when `omitempty` and not a pointer. Repeated occurrences of a singular message
/// merge, as protobuf specifies.
struct MessageDecoder {
    /// The deepest message nesting accepted, so hostile input cannot exhaust the stack.
    static let maximumDepth = 100

    let table: MessageTable
    let bytes: [UInt8]

    /// One value of a field as read from the wire, not yet interpreted.
    enum Occurrence {
        case varint(UInt64)
        case fixed64(UInt64)
        case fixed32(UInt32)
        case bytes(Range<Int>)

        var range: Range<Int>? {
            if case .bytes(let range) = self { return range }
            return nil
        }
    }

    /// Decodes message `index` from the concatenation of `ranges` (one range, unless a singular
    /// message field occurred several times and its occurrences merge).
    func decodeMessage(_ index: Int, ranges: [Range<Int>], depth: Int) throws(ProtobufDecodingError) -> JSONValue {
        let descriptor = table.messages[index]
        guard depth < Self.maximumDepth else {
            throw ProtobufDecodingError(messageType: descriptor.name, offset: ranges.first?.lowerBound ?? 0, reason: "messages nested too deeply")
        }
        var found = [[Occurrence]](repeating: [], count: descriptor.fields.count)
        for range in ranges {
            var reader = WireReader(bytes: bytes, range: range, messageType: descriptor.name)
            while !reader.isAtEnd {
                let key = try reader.readKey()
                guard let slot = descriptor.slot(forNumber: key.number) else {
                    try reader.skip(key.wireType)
                    continue
                }
                let field = descriptor.fields[slot]
                let expected = field.shape == .map ? WireType.lengthDelimited : field.valueType.wireType
                let packed = field.shape == .repeated && key.wireType == .lengthDelimited && expected != .lengthDelimited
                guard key.wireType == expected || packed else {
                    throw reader.error("\(field.jsonName) has wire type \(key.wireType), expected \(expected)")
                }
                found[slot].append(try reader.readOccurrence(key.wireType))
            }
        }
        var object: [String: JSONValue] = [:]
        for (slot, field) in descriptor.fields.enumerated() where !field.isIgnored {
            guard let value = try fieldValue(field, found[slot], in: descriptor.name, depth: depth) else { continue }
            if field.isInline, case .object(let members) = value {
                object.merge(members) { _, inlined in inlined }
            } else {
                object[field.jsonName] = value
            }
        }
        return .object(object)
    }

    /// The JSON value of one field, or `nil` when Go would leave it out.
    private func fieldValue(_ field: FieldDescriptor, _ occurrences: [Occurrence], in message: String, depth: Int) throws(ProtobufDecodingError) -> JSONValue? {
        let context = "\(message).\(field.jsonName)"
        if occurrences.isEmpty {
            return try absentValue(field, depth: depth)
        }
        switch field.shape {
        case .single:
            let value = try singleValue(field.valueType, occurrences, context: context, depth: depth)
            if field.omitsEmpty, !field.isPointer, Self.isEmpty(value, of: field.valueType) { return .none }
            return value
        case .repeated:
            var items: [JSONValue] = []
            for occurrence in occurrences {
                try appendValues(of: field.valueType, from: occurrence, into: &items, context: context, depth: depth)
            }
            if items.isEmpty && field.omitsEmpty { return .none }
            return .array(items)
        case .map:
            var entries: [String: JSONValue] = [:]
            for occurrence in occurrences {
                guard let range = occurrence.range else { continue }
                let (key, value) = try mapEntry(field.valueType, range, context: context, depth: depth)
                entries[key] = value
            }
            if entries.isEmpty && field.omitsEmpty { return .none }
            return .object(entries)
        }
    }

    /// The JSON of a field absent from the wire: the Go zero value, or `nil` when it is left out.
    private func absentValue(_ field: FieldDescriptor, depth: Int) throws(ProtobufDecodingError) -> JSONValue? {
        // `JSONValue` is itself nil-literal expressible, so "left out" is spelled `.none` here.
        if field.isPointer || field.shape != .single {
            return field.omitsEmpty ? .none : .some(.null)
        }
        switch field.valueType {
        case .scalar(let kind):
            return field.omitsEmpty ? .none : .some(Self.zeroValue(kind))
        case .strings:
            return field.omitsEmpty ? .none : .some(.null)
        case .message, .builtin:
            return try zeroValue(field.valueType, depth: depth)
        }
    }

    /// The JSON of a Go zero value of a type (structs are encoded with their own zero fields).
    private func zeroValue(_ type: ValueType, depth: Int) throws(ProtobufDecodingError) -> JSONValue {
        switch type {
        case .scalar(let kind): return Self.zeroValue(kind)
        case .strings: return .null
        case .message(let index): return try decodeMessage(index, ranges: [], depth: depth + 1)
        case .builtin(let builtin): return try decodeBuiltin(builtin, ranges: [], depth: depth + 1)
        }
    }

    private static func zeroValue(_ kind: ScalarKind) -> JSONValue {
        switch kind {
        case .string: .string("")
        case .bytes: .null
        case .bool: .bool(false)
        case .int32, .int64, .uint32, .uint64: .int(0)
        case .double, .float: .double(0)
        }
    }

    /// Whether Go's `omitempty` treats a decoded value as empty (structs never are).
    private static func isEmpty(_ value: JSONValue, of type: ValueType) -> Bool {
        switch type {
        case .message, .builtin: return false
        case .scalar, .strings: break
        }
        switch value {
        case .null, .string(""), .bool(false), .int(0): return true
        case .double(let d): return d == 0
        case .array(let a): return a.isEmpty
        default: return false
        }
    }

    /// The value of a singular field: the last occurrence for scalars, all occurrences merged for messages.
    private func singleValue(_ type: ValueType, _ occurrences: [Occurrence], context: String, depth: Int) throws(ProtobufDecodingError) -> JSONValue {
        switch type {
        case .scalar(let kind):
            guard let last = occurrences.last else { return Self.zeroValue(kind) }
            return try scalarValue(kind, last, context: context)
        case .message(let index):
            return try decodeMessage(index, ranges: occurrences.compactMap(\.range), depth: depth + 1)
        case .builtin(let builtin):
            return try decodeBuiltin(builtin, ranges: occurrences.compactMap(\.range), depth: depth + 1)
        case .strings:
            return try stringList(occurrences.compactMap(\.range), context: context)
        }
    }

    /// Appends the elements one occurrence of a repeated field holds (several when packed).
    private func appendValues(of type: ValueType, from occurrence: Occurrence, into items: inout [JSONValue], context: String, depth: Int) throws(ProtobufDecodingError) {
        guard case .scalar(let kind) = type, kind.wireType != .lengthDelimited, let range = occurrence.range else {
            items.append(try singleValue(type, [occurrence], context: context, depth: depth))
            return
        }
        var reader = WireReader(bytes: bytes, range: range, messageType: context)
        while !reader.isAtEnd {
            items.append(try scalarValue(kind, try reader.readOccurrence(kind.wireType), context: context))
        }
    }

    /// Reads one `map<string, VALUE>` entry: key field 1, value field 2 (zero when absent).
    private func mapEntry(_ type: ValueType, _ range: Range<Int>, context: String, depth: Int) throws(ProtobufDecodingError) -> (String, JSONValue) {
        var reader = WireReader(bytes: bytes, range: range, messageType: context + " entry")
        var key = ""
        var values: [Occurrence] = []
        while !reader.isAtEnd {
            let field = try reader.readKey()
            switch field.number {
            case 1 where field.wireType == .lengthDelimited:
                key = String(decoding: bytes[try reader.readLengthDelimited()], as: UTF8.self)
            case 2 where field.wireType == type.wireType:
                values.append(try reader.readOccurrence(field.wireType))
            case 1, 2:
                throw reader.error("map entry field has wire type \(field.wireType)")
            default:
                try reader.skip(field.wireType)
            }
        }
        let value = values.isEmpty ? try zeroValue(type, depth: depth) : try singleValue(type, values, context: context, depth: depth)
        return (key, value)
    }

    /// The items of messages Go declares as `[]string`: every `repeated string items = 1`.
    private func stringList(_ ranges: [Range<Int>], context: String) throws(ProtobufDecodingError) -> JSONValue {
        var items: [JSONValue] = []
        for range in ranges {
            var reader = WireReader(bytes: bytes, range: range, messageType: context)
            while !reader.isAtEnd {
                let field = try reader.readKey()
                if field.number == 1, field.wireType == .lengthDelimited {
                    items.append(.string(String(decoding: bytes[try reader.readLengthDelimited()], as: UTF8.self)))
                } else {
                    try reader.skip(field.wireType)
                }
            }
        }
        return .array(items)
    }

    /// Interprets one wire value as a scalar of `kind` (the wire type was checked when it was read).
    private func scalarValue(_ kind: ScalarKind, _ occurrence: Occurrence, context: String) throws(ProtobufDecodingError) -> JSONValue {
        switch (kind, occurrence) {
        case (.string, .bytes(let range)):
            return .string(String(decoding: bytes[range], as: UTF8.self))
        case (.bytes, .bytes(let range)):
            return .string(Base64.encode(bytes[range]))
        case (.bool, .varint(let v)):
            return .bool(v != 0)
        case (.int32, .varint(let v)):
            return .int(Int64(Int32(truncatingIfNeeded: v)))
        case (.int64, .varint(let v)):
            return .int(Int64(bitPattern: v))
        case (.uint32, .varint(let v)):
            return .int(Int64(UInt32(truncatingIfNeeded: v)))
        case (.uint64, .varint(let v)):
            return v <= UInt64(Int64.max) ? .int(Int64(v)) : .double(Double(v))
        case (.double, .fixed64(let v)):
            return try finite(Double(bitPattern: v), context: context)
        case (.float, .fixed32(let v)):
            return try finite(Double(Float(bitPattern: v)), context: context)
        default:
            throw ProtobufDecodingError(messageType: context, offset: occurrence.range?.lowerBound ?? 0, reason: "value does not fit type \(kind.rawValue)")
        }
    }

    private func finite(_ value: Double, context: String) throws(ProtobufDecodingError) -> JSONValue {
        guard value.isFinite else {
            throw ProtobufDecodingError(messageType: context, offset: 0, reason: "\(value) has no JSON form")
        }
        return .double(value)
    }
}

extension WireReader {
    /// Reads the value of a field whose key was just read.
    mutating func readOccurrence(_ wireType: WireType) throws(ProtobufDecodingError) -> MessageDecoder.Occurrence {
        switch wireType {
        case .varint: return .varint(try readVarint())
        case .fixed64: return .fixed64(try readFixed64())
        case .fixed32: return .fixed32(try readFixed32())
        case .lengthDelimited: return .bytes(try readLengthDelimited())
        case .startGroup, .endGroup: throw error("groups are not supported")
        }
    }
}

import KubeAPI

extension MessageDecoder {
    /// Decodes a message with its own JSON form, as the Go type's `MarshalJSON` writes it:
    /// - `Time`: `{seconds 1, nanos 2}` → RFC 3339 in UTC to the second; zero → `null`.
    /// - `MicroTime`: the same → RFC 3339 with six fraction digits; zero → `null`.
    /// - `Duration`: `{duration 1}` nanoseconds → Go duration text (`1m30s`).
    /// - `Quantity`: `{string 1}` → that string; zero → `"0"`.
    /// - `IntOrString`: `{type 1, intVal 2, strVal 3}` → a number (type 0) or a string (type 1).
    /// - `RawExtension`, `FieldsV1`: `{raw 1}` → the embedded JSON (or a nested protobuf object); absent → `null`.
    func decodeBuiltin(_ builtin: BuiltinMessage, ranges: [Range<Int>], depth: Int) throws(ProtobufDecodingError) -> JSONValue {
        let fields = try lastFieldValues(ranges, messageType: builtin.rawValue, wireTypes: builtin.wireTypes)
        switch builtin {
        case .time, .microTime:
            let seconds = fields[1].flatMap(\.integer).map { Int64(bitPattern: $0) } ?? 0
            let nanos = fields[2].flatMap(\.integer).map { Int64(Int32(truncatingIfNeeded: $0)) } ?? 0
            if fields.isEmpty || (seconds == RFC3339.goZeroTimeSeconds && nanos == 0) { return .null }
            guard let text = RFC3339.format(seconds: seconds, nanos: nanos, fractionDigits: builtin == .time ? 0 : 6) else {
                throw ProtobufDecodingError(messageType: builtin.rawValue, offset: ranges.first?.lowerBound ?? 0, reason: "timestamp \(seconds)s is outside years 0-9999")
            }
            return .string(text)
        case .duration:
            return .string(GoDuration.format(nanoseconds: fields[1].flatMap(\.integer).map { Int64(bitPattern: $0) } ?? 0))
        case .quantity:
            let text = fields[1].flatMap(\.range).map { String(decoding: bytes[$0], as: UTF8.self) } ?? ""
            return .string(text.isEmpty ? "0" : text)
        case .intOrString:
            switch fields[1].flatMap(\.integer) ?? 0 {
            case 0:
                return .int(fields[2].flatMap(\.integer).map { Int64(Int32(truncatingIfNeeded: $0)) } ?? 0)
            case 1:
                return .string(fields[3].flatMap(\.range).map { String(decoding: bytes[$0], as: UTF8.self) } ?? "")
            case let other:
                throw ProtobufDecodingError(messageType: builtin.rawValue, fieldNumber: 1, offset: ranges.first?.lowerBound ?? 0, reason: "unknown IntOrString type \(other)")
            }
        case .rawExtension, .fieldsV1:
            guard let range = fields[1].flatMap(\.range), !range.isEmpty else { return .null }
            return try embeddedObject(range, messageType: builtin.rawValue, depth: depth)
        }
    }

    /// The raw bytes of a RawExtension or FieldsV1: JSON, or a nested Kubernetes protobuf object.
    private func embeddedObject(_ range: Range<Int>, messageType: String, depth: Int) throws(ProtobufDecodingError) -> JSONValue {
        if bytes[range].starts(with: KubernetesProtobuf.magic) {
            return try decodeEnvelope(range, depth: depth + 1)
        }
        do {
            return try JSONValue.parse(bytes[range])
        } catch {
            throw ProtobufDecodingError(messageType: messageType, fieldNumber: 1, offset: range.lowerBound + error.offset, reason: "embedded JSON is invalid: \(error.message)")
        }
    }

    /// The last value of each field of a small message (unknown fields skipped, wire types checked).
    private func lastFieldValues(_ ranges: [Range<Int>], messageType: String, wireTypes: [Int: WireType]) throws(ProtobufDecodingError) -> [Int: Occurrence] {
        var values: [Int: Occurrence] = [:]
        for range in ranges {
            var reader = WireReader(bytes: bytes, range: range, messageType: messageType)
            while !reader.isAtEnd {
                let key = try reader.readKey()
                guard let expected = wireTypes[key.number] else {
                    try reader.skip(key.wireType)
                    continue
                }
                guard key.wireType == expected else {
                    throw reader.error("wire type \(key.wireType), expected \(expected)")
                }
                values[key.number] = try reader.readOccurrence(key.wireType)
            }
        }
        return values
    }
}

extension BuiltinMessage {
    /// The wire type of each field this decoder reads.
    var wireTypes: [Int: WireType] {
        switch self {
        case .time, .microTime: [1: .varint, 2: .varint]
        case .duration: [1: .varint]
        case .quantity, .rawExtension, .fieldsV1: [1: .lengthDelimited]
        case .intOrString: [1: .varint, 2: .varint, 3: .lengthDelimited]
        }
    }
}

extension MessageDecoder.Occurrence {
    var integer: UInt64? {
        if case .varint(let value) = self { return value }
        return nil
    }
}

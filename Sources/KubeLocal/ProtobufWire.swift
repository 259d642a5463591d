/// A reader of the protocol-buffers wire format: varints, length-delimited fields, fixed
/// fields. Malformed input throws `ProtobufWireError` naming the byte offset; never traps.
struct ProtobufWire {
    struct Field {
        var number: Int
        var wireType: Int
        /// The value of a varint field.
        var varint: UInt64 = 0
        /// The bytes of a length-delimited field.
        var bytes: ArraySlice<UInt8> = []
    }

    struct Failure: Error {
        var message: String
    }

    /// The fields of one message, in order.
    static func fields(_ bytes: ArraySlice<UInt8>) throws(Failure) -> [Field] {
        var out: [Field] = []
        var i = bytes.startIndex
        func varint() throws(Failure) -> UInt64 {
            var result: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                guard i < bytes.endIndex, shift < 64 else { throw Failure(message: "truncated varint at byte \(i)") }
                let b = bytes[i]
                i += 1
                result |= UInt64(b & 0x7F) << shift
                if b < 0x80 { return result }
                shift += 7
            }
        }
        while i < bytes.endIndex {
            let key = try varint()
            var field = Field(number: Int(key >> 3), wireType: Int(key & 7))
            switch field.wireType {
            case 0: field.varint = try varint()
            case 1, 5:
                let size = field.wireType == 1 ? 8 : 4
                guard bytes.endIndex - i >= size else { throw Failure(message: "truncated fixed field at byte \(i)") }
                i += size
            case 2:
                let length = try varint()
                guard length <= UInt64(bytes.endIndex - i) else { throw Failure(message: "truncated field \(field.number) at byte \(i)") }
                field.bytes = bytes[i..<i + Int(length)]
                i += Int(length)
            default:
                throw Failure(message: "unsupported wire type \(field.wireType) at byte \(i)")
            }
            out.append(field)
        }
        return out
    }
}

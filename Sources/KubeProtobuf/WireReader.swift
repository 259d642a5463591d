/// The protobuf wire types (the low three bits of a field key).
enum WireType: UInt8, Sendable, CustomStringConvertible {
    case varint = 0
    case fixed64 = 1
    case lengthDelimited = 2
    case startGroup = 3
    case endGroup = 4
    case fixed32 = 5

    var description: String {
        switch self {
        case .varint: "varint"
        case .fixed64: "64-bit"
        case .lengthDelimited: "length-delimited"
        case .startGroup: "start-group"
        case .endGroup: "end-group"
        case .fixed32: "32-bit"
        }
    }
}

/// A cursor over one protobuf message inside a byte buffer.
///
/// Every read checks the message bounds, so truncated or hostile input gives a
/// `ProtobufDecodingError` naming `messageType`, the field being read and the byte offset.
struct WireReader {
    let bytes: [UInt8]
    private(set) var position: Int
    let end: Int
    /// The message type named in errors.
    let messageType: String
    /// The field whose key was read last, named in errors.
    private(set) var currentField: Int?

    init(bytes: [UInt8], range: Range<Int>, messageType: String) {
        self.bytes = bytes
        self.position = range.lowerBound
        self.end = range.upperBound
        self.messageType = messageType
    }

    var isAtEnd: Bool { position >= end }

    func error(_ reason: String, at offset: Int? = nil) -> ProtobufDecodingError {
        ProtobufDecodingError(messageType: messageType, fieldNumber: currentField, offset: offset ?? position, reason: reason)
    }

    /// Reads a field key: its number (1...2^29-1) and wire type.
    mutating func readKey() throws(ProtobufDecodingError) -> (number: Int, wireType: WireType) {
        currentField = nil
        let start = position
        let key = try readVarint()
        let number = key >> 3
        guard number >= 1, number < 1 << 29 else {
            throw error("invalid field number \(number)", at: start)
        }
        currentField = Int(number)
        guard let wireType = WireType(rawValue: UInt8(key & 7)) else {
            throw error("invalid wire type \(key & 7)", at: start)
        }
        return (Int(number), wireType)
    }

    mutating func readVarint() throws(ProtobufDecodingError) -> UInt64 {
        let start = position
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < end else { throw error("truncated varint", at: start) }
            let byte = bytes[position]
            position += 1
            if shift == 63 && byte > 1 { throw error("varint overflows 64 bits", at: start) }
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    mutating func readFixed64() throws(ProtobufDecodingError) -> UInt64 {
        guard end - position >= 8 else { throw error("truncated 64-bit value") }
        var value: UInt64 = 0
        for i in 0..<8 { value |= UInt64(bytes[position + i]) << (8 * UInt64(i)) }
        position += 8
        return value
    }

    mutating func readFixed32() throws(ProtobufDecodingError) -> UInt32 {
        guard end - position >= 4 else { throw error("truncated 32-bit value") }
        var value: UInt32 = 0
        for i in 0..<4 { value |= UInt32(bytes[position + i]) << (8 * UInt32(i)) }
        position += 4
        return value
    }

    /// Reads a length prefix and returns the range of the bytes it covers, moving past them.
    mutating func readLengthDelimited() throws(ProtobufDecodingError) -> Range<Int> {
        let start = position
        let length = try readVarint()
        guard length <= UInt64(end - position) else {
            throw error("length \(length) runs past the end of the message", at: start)
        }
        let range = position..<(position + Int(length))
        position = range.upperBound
        return range
    }

    /// Moves past a field value of an unknown field. Groups are not used by Kubernetes and are rejected.
    mutating func skip(_ wireType: WireType) throws(ProtobufDecodingError) {
        switch wireType {
        case .varint: _ = try readVarint()
        case .fixed64: _ = try readFixed64()
        case .fixed32: _ = try readFixed32()
        case .lengthDelimited: _ = try readLengthDelimited()
        case .startGroup, .endGroup: throw error("groups are not supported")
        }
    }
}

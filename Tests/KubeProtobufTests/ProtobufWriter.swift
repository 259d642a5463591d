/// A minimal protobuf encoder for building test bodies by hand.
struct ProtobufWriter {
    private(set) var bytes: [UInt8] = []

    mutating func rawVarint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// Appends bytes as they are (for hand-made malformed input).
    mutating func appendRaw(_ raw: [UInt8]) { bytes += raw }

    mutating func key(_ field: Int, _ wireType: UInt8) {
        rawVarint(UInt64(field) << 3 | UInt64(wireType))
    }

    mutating func int(_ field: Int, _ value: Int64) {
        key(field, 0)
        rawVarint(UInt64(bitPattern: value))
    }

    mutating func bool(_ field: Int, _ value: Bool) { int(field, value ? 1 : 0) }

    mutating func double(_ field: Int, _ value: Double) {
        key(field, 1)
        for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: value.bitPattern >> (8 * UInt64(i)))) }
    }

    mutating func data(_ field: Int, _ value: [UInt8]) {
        key(field, 2)
        rawVarint(UInt64(value.count))
        bytes += value
    }

    mutating func string(_ field: Int, _ value: String) { data(field, Array(value.utf8)) }

    mutating func message(_ field: Int, _ build: (inout ProtobufWriter) -> Void) {
        var nested = ProtobufWriter()
        build(&nested)
        data(field, nested.bytes)
    }

    /// Writes `map<string, string>` entries in key order, as Go does.
    mutating func stringMap(_ field: Int, _ entries: [String: String]) {
        for (k, v) in entries.sorted(by: { $0.key < $1.key }) {
            message(field) { entry in
                entry.string(1, k)
                entry.string(2, v)
            }
        }
    }

    /// A `Time` message (seconds, nanos).
    mutating func time(_ field: Int, seconds: Int64, nanos: Int64 = 0) {
        message(field) { time in
            time.int(1, seconds)
            if nanos != 0 { time.int(2, nanos) }
        }
    }

    /// An `IntOrString` message.
    mutating func intOrString(_ field: Int, int value: Int64) {
        message(field) { $0.int(1, 0); $0.int(2, value); $0.string(3, "") }
    }

    mutating func intOrString(_ field: Int, string value: String) {
        message(field) { $0.int(1, 1); $0.int(2, 0); $0.string(3, value) }
    }

    /// A complete Kubernetes protobuf body: magic + `runtime.Unknown` around `object`.
    static func body(apiVersion: String, kind: String, contentType: String = "", _ object: (inout ProtobufWriter) -> Void) -> [UInt8] {
        var raw = ProtobufWriter()
        object(&raw)
        var envelope = ProtobufWriter()
        envelope.message(1) { typeMeta in
            typeMeta.string(1, apiVersion)
            typeMeta.string(2, kind)
        }
        envelope.data(2, raw.bytes)
        envelope.string(3, "")
        envelope.string(4, contentType)
        return [0x6B, 0x38, 0x73, 0x00] + envelope.bytes
    }
}

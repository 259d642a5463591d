/// A protobuf body that could not be decoded: which message type was being read, which field (when
/// the problem is inside one), the byte offset in the body, and what was wrong.
///
/// Thrown for truncated or malformed wire data, wire types that contradict the Kubernetes schema,
/// unsupported envelopes (missing magic, content encodings) and kinds the decoder has no schema for.
public struct ProtobufDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The message being decoded, e.g. `core.v1.PodSpec`, or `runtime.Unknown` for the envelope.
    public var messageType: String
    /// The field number being decoded, if the problem is inside a field.
    public var fieldNumber: Int?
    /// The byte offset in the request body at which the problem was found.
    public var offset: Int
    /// What was wrong.
    public var reason: String
    /// Whether the body is well-formed but of a kind this decoder has no schema for (an API server
    /// answers 415 Unsupported Media Type, so the client can retry with JSON).
    public var isUnsupportedKind: Bool

    public init(messageType: String, fieldNumber: Int? = nil, offset: Int, reason: String, isUnsupportedKind: Bool = false) {
        self.messageType = messageType
        self.fieldNumber = fieldNumber
        self.offset = offset
        self.reason = reason
        self.isUnsupportedKind = isUnsupportedKind
    }

    static func unsupportedKind(apiVersion: String, kind: String, offset: Int) -> ProtobufDecodingError {
        ProtobufDecodingError(
            messageType: "runtime.Unknown", offset: offset,
            reason: "no protobuf schema for apiVersion '\(apiVersion)' kind '\(kind)'", isUnsupportedKind: true)
    }

    public var description: String {
        let field = fieldNumber.map { " field \($0)" } ?? ""
        return "invalid protobuf in \(messageType)\(field) at byte \(offset): \(reason)"
    }
}

import KubeAPI

/// Decodes Kubernetes protobuf-encoded objects (`application/vnd.kubernetes.protobuf`) of the
/// built-in kinds into the JSON form the API server stores.
///
/// A body is the 4-byte magic `k8s\0` followed by a `runtime.Unknown` envelope whose `typeMeta`
/// names the apiVersion and kind and whose `raw` holds the object. The result is the JSON Go's
/// `encoding/json` writes for the same object — what kubectl sends when it uses JSON — with
/// `apiVersion` and `kind` set from the envelope. Field numbers and JSON rules come from
/// kubectl 1.32's own descriptors and struct tags (see `hack/protobuf/generate.py`).
/// Decoding never traps: malformed input throws `ProtobufDecodingError`.
public enum KubernetesProtobuf {
    /// The media type of Kubernetes protobuf bodies.
    public static let contentType = "application/vnd.kubernetes.protobuf"

    /// The four bytes every Kubernetes protobuf body starts with.
    public static let magic: [UInt8] = [0x6B, 0x38, 0x73, 0x00]

    /// Decodes one protobuf-encoded object.
    /// - Throws: `ProtobufDecodingError` for malformed or truncated input, unsupported envelopes,
    ///   and kinds without a schema here (`isUnsupportedKind`; see `canDecode`).
    public static func decode(_ body: [UInt8]) throws(ProtobufDecodingError) -> JSONValue {
        let table = try MessageTable.shared.get()
        return try MessageDecoder(table: table, bytes: body).decodeEnvelope(0..<body.count, depth: 0)
    }

    /// Whether `decode` has a schema for this kind. Kinds of `meta.k8s.io/v1` (DeleteOptions) are
    /// accepted under every apiVersion, as the API server registers them in every group version.
    public static func canDecode(apiVersion: String, kind: String) -> Bool {
        guard case .success(let table) = MessageTable.shared else { return false }
        return table.message(apiVersion: apiVersion, kind: kind) != nil
    }
}

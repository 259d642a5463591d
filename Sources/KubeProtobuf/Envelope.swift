import KubeAPI

extension MessageDecoder {
    /// Decodes a Kubernetes protobuf object: the magic `k8s\0`, then a `runtime.Unknown` message
    /// `{typeMeta 1 {apiVersion 1, kind 2}, raw 2, contentEncoding 3, contentType 4}` whose `raw`
    /// holds the object as the message of its kind (or JSON, if `contentType` says so).
    /// Sets `apiVersion` and `kind` in the result from `typeMeta`.
    func decodeEnvelope(_ range: Range<Int>, depth: Int) throws(ProtobufDecodingError) -> JSONValue {
        let envelope = "runtime.Unknown"
        guard bytes[range].starts(with: KubernetesProtobuf.magic) else {
            throw ProtobufDecodingError(messageType: envelope, offset: range.lowerBound, reason: "missing the 'k8s\\0' magic prefix")
        }
        var reader = WireReader(bytes: bytes, range: (range.lowerBound + 4)..<range.upperBound, messageType: envelope)
        var apiVersion = "", kind = "", contentEncoding = "", contentType = ""
        var raw: Range<Int>?
        while !reader.isAtEnd {
            let key = try reader.readKey()
            guard (1...4).contains(key.number) else {
                try reader.skip(key.wireType)
                continue
            }
            guard key.wireType == .lengthDelimited else {
                throw reader.error("wire type \(key.wireType), expected length-delimited")
            }
            let value = try reader.readLengthDelimited()
            switch key.number {
            case 1: (apiVersion, kind) = try typeMeta(value)
            case 2: raw = value
            case 3: contentEncoding = String(decoding: bytes[value], as: UTF8.self)
            default: contentType = String(decoding: bytes[value], as: UTF8.self)
            }
        }
        let rawRange = raw ?? range.upperBound..<range.upperBound
        guard contentEncoding.isEmpty else {
            throw ProtobufDecodingError(messageType: envelope, fieldNumber: 3, offset: range.lowerBound, reason: "content encoding '\(contentEncoding)' is not supported")
        }
        var object: JSONValue
        switch contentType.split(separator: ";").first.map({ $0.trimmingSpaces }) ?? "" {
        case "", KubernetesProtobuf.contentType:
            guard let index = table.message(apiVersion: apiVersion, kind: kind) else {
                throw ProtobufDecodingError.unsupportedKind(apiVersion: apiVersion, kind: kind, offset: range.lowerBound)
            }
            object = try decodeMessage(index, ranges: [rawRange], depth: depth + 1)
        case "application/json":
            do {
                object = try JSONValue.parse(bytes[rawRange])
            } catch {
                throw ProtobufDecodingError(messageType: envelope, fieldNumber: 2, offset: rawRange.lowerBound + error.offset, reason: "raw JSON is invalid: \(error.message)")
            }
        default:
            throw ProtobufDecodingError(messageType: envelope, fieldNumber: 4, offset: range.lowerBound, reason: "content type '\(contentType)' is not supported")
        }
        if !apiVersion.isEmpty { object["apiVersion"] = .string(apiVersion) }
        if !kind.isEmpty { object["kind"] = .string(kind) }
        return object
    }

    /// Reads `runtime.TypeMeta {apiVersion 1, kind 2}`.
    private func typeMeta(_ range: Range<Int>) throws(ProtobufDecodingError) -> (String, String) {
        var reader = WireReader(bytes: bytes, range: range, messageType: "runtime.TypeMeta")
        var apiVersion = "", kind = ""
        while !reader.isAtEnd {
            let key = try reader.readKey()
            guard key.number == 1 || key.number == 2 else {
                try reader.skip(key.wireType)
                continue
            }
            guard key.wireType == .lengthDelimited else {
                throw reader.error("wire type \(key.wireType), expected length-delimited")
            }
            let text = String(decoding: bytes[try reader.readLengthDelimited()], as: UTF8.self)
            if key.number == 1 { apiVersion = text } else { kind = text }
        }
        return (apiVersion, kind)
    }
}

extension Substring {
    fileprivate var trimmingSpaces: String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}

import KubeAPI
import Hummingbird

/// Reads request bodies: at most 3 MiB (413 beyond), JSON, YAML or (for the kinds kubectl's
/// generators send) Kubernetes protobuf by Content-Type (415 for anything else), parsed into a `JSONValue` (400 BadRequest naming the parse error).
enum RequestBodyDecoder {
    /// The real server's request body limit.
    static let maximumBytes = 3 * 1024 * 1024

    /// Collects a body of at most `maximumBytes`.
    static func collect(_ body: some AsyncSequence<ByteBuffer, any Error>) async throws(APIError) -> [UInt8] {
        var bytes: [UInt8] = []
        do {
            for try await buffer in body {
                if bytes.count + buffer.readableBytes > maximumBytes { throw APIError.tooLarge }
                bytes.append(contentsOf: buffer.readableBytesView)
            }
        } catch let error as APIError {
            throw error
        } catch {
            throw APIError.badRequest("unable to read the request body: \(error)")
        }
        return bytes
    }

    static let acceptedTypes = "application/json, application/yaml, application/vnd.kubernetes.protobuf"

    /// Decodes a create/update body in the media type `contentType` (JSON when absent).
    static func decodeObject(_ bytes: [UInt8], contentType: String?) throws(APIError) -> JSONValue {
        let media = contentType.map { MediaType(Substring($0)) }?.essence ?? "application/json"
        switch media {
        case "application/json", "", "*/*": return try parseJSON(bytes)
        case "application/yaml", "application/x-yaml", "text/yaml": return try parseYAML(bytes)
        case "application/vnd.kubernetes.protobuf": return try ProtobufObjectDecoder.decode(bytes)
        default:
            throw APIError(
                code: 415, reason: "UnsupportedMediaType",
                message: "the body of the request was in an unknown format - accepted media types include: \(acceptedTypes)")
        }
    }

    static func parseJSON(_ bytes: [UInt8]) throws(APIError) -> JSONValue {
        do {
            return try JSONValue.parse(bytes)
        } catch {
            throw APIError.badRequest("json: cannot unmarshal the request body: \(error.description)")
        }
    }

    static func parseYAML(_ bytes: [UInt8]) throws(APIError) -> JSONValue {
        do {
            return try JSONValue.parseYAML(String(decoding: bytes, as: UTF8.self))
        } catch {
            throw APIError.badRequest("error converting YAML to JSON: \(error.message)")
        }
    }
}

import KubeAPI
import NIOCore

/// Parses response bodies straight from the received bytes with `JSONValue.parse` or, for lists,
/// `JSONListStreamParser` (no Foundation decoder); a body that is not JSON is a `.decoding` error.
enum ResponseDecoding {
    static func json(_ buffer: ByteBuffer) throws(KubeClientError) -> JSONValue {
        do {
            return try JSONValue.parse(buffer.readableBytesView)
        } catch {
            throw KubeClientError(.decoding, "response is not JSON: \(error)")
        }
    }

    static func json(finishing parser: consuming JSONListStreamParser) throws(KubeClientError) -> JSONValue {
        do {
            return try parser.finish()
        } catch {
            throw KubeClientError(.decoding, "response is not JSON: \(error)")
        }
    }
}

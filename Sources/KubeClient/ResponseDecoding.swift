import KubeAPI
import NIOCore

/// Parses response bodies straight from the received buffer with `JSONValue.parse` (no copy,
/// no Foundation decoder).
enum ResponseDecoding {
    static func json(_ buffer: ByteBuffer) throws(KubeClientError) -> JSONValue {
        do {
            return try JSONValue.parse(buffer.readableBytesView)
        } catch {
            throw KubeClientError(.decoding, "response is not JSON: \(error)")
        }
    }
}

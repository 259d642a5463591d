import Hummingbird
import KubeAPI

/// Builders for the server's HTTP responses: JSON documents, pre-serialized JSON bytes, Status
/// failures, and plain text.
enum Responses {
    static func json(_ value: JSONValue, status: Int = 200, contentType: String = "application/json") -> Response {
        bytes(value.jsonBytes, status: status, contentType: contentType)
    }

    static func bytes(_ bytes: [UInt8], status: Int = 200, contentType: String = "application/json") -> Response {
        buffer(ByteBuffer(bytes: bytes), status: status, contentType: contentType)
    }

    static func buffer(_ buffer: ByteBuffer, status: Int = 200, contentType: String = "application/json") -> Response {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        headers[.contentLength] = String(buffer.readableBytes)
        return Response(status: HTTPResponse.Status(code: status), headers: headers, body: ResponseBody(byteBuffer: buffer))
    }

    static func error(_ error: APIError) -> Response {
        var response = json(error.status, status: error.code)
        if let retry = error.retryAfterSeconds { response.headers[.retryAfter] = String(retry) }
        return response
    }

    static func text(_ text: String, status: Int = 200) -> Response {
        bytes(Array(text.utf8), status: status, contentType: "text/plain; charset=utf-8")
    }

    /// A `{kind}List` document assembled from items already serialized, written once into the
    /// response buffer (a list of 10,000 objects is never copied whole).
    static func list(apiVersion: String, kind: String, metadata: JSONValue, items: [[UInt8]]) -> ByteBuffer {
        let (head, tail) = listFrame(apiVersion: apiVersion, kind: kind, metadata: metadata)
        var buffer = ByteBufferAllocator().buffer(capacity: items.reduce(head.count + tail.count) { $0 + $1.count + 1 })
        buffer.writeBytes(head)
        for (i, item) in items.enumerated() {
            if i > 0 { buffer.writeInteger(UInt8(ascii: ",")) }
            buffer.writeBytes(item)
        }
        buffer.writeBytes(tail)
        return buffer
    }

    /// The bytes of a streamed list body handed to the connection at a time: a power of two, so
    /// the buffer's allocation is exactly this size (NIO rounds capacities up to a power of two;
    /// 256 KiB plus slack became 512 KiB, and a list of 10,000 objects held about 6 MiB of such
    /// buffers at its peak), and small enough to stay below malloc's mmap threshold.
    static let listChunkBytes = 64 * 1024

    /// A `{kind}List` response streamed from items already serialized, at most `listChunkBytes`
    /// at a time (one item larger than that goes in a buffer of its own) with a Content-Length:
    /// the whole document is never held in memory (the items are the stored objects' own
    /// bytes), and the connection's back-pressure paces the writing.
    static func streamedList(apiVersion: String, kind: String, metadata: JSONValue, items: [[UInt8]]) -> Response {
        let (head, tail) = listFrame(apiVersion: apiVersion, kind: kind, metadata: metadata)
        let length = items.reduce(head.count + tail.count + max(0, items.count - 1)) { $0 + $1.count }
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        headers[.contentLength] = String(length)
        let body = ResponseBody(contentLength: length) { writer in
            let allocator = ByteBufferAllocator()
            let chunk = Responses.listChunkBytes
            var buffer = allocator.buffer(capacity: min(length, chunk))
            buffer.writeBytes(head)
            for (i, item) in items.enumerated() {
                if buffer.readableBytes > 0, buffer.readableBytes + item.count + 1 > chunk {
                    try await writer.write(buffer)
                    buffer = allocator.buffer(capacity: chunk)
                }
                if i > 0 { buffer.writeInteger(UInt8(ascii: ",")) }
                buffer.writeBytes(item)
            }
            buffer.writeBytes(tail)
            try await writer.write(buffer)
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: headers, body: body)
    }

    /// What surrounds the items of a `{kind}List`: `{"apiVersion":…,"items":[` and
    /// `],"kind":…,"metadata":…}` (members in sorted order, as every document the server writes).
    private static func listFrame(apiVersion: String, kind: String, metadata: JSONValue) -> (head: [UInt8], tail: [UInt8]) {
        var head: [UInt8] = Array(#"{"apiVersion":"#.utf8)
        JSONValue.writeString(apiVersion, into: &head)
        head.append(contentsOf: #","items":["#.utf8)
        var tail: [UInt8] = Array(#"],"kind":"#.utf8)
        JSONValue.writeString(kind, into: &tail)
        tail.append(contentsOf: #","metadata":"#.utf8)
        metadata.write(into: &tail)
        tail.append(UInt8(ascii: "}"))
        return (head, tail)
    }
}

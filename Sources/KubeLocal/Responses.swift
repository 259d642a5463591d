import Hummingbird
import KubeAPI

/// Builders for the server's HTTP responses: JSON documents, pre-serialized JSON bytes, Status
/// failures, and plain text.
enum Responses {
    static func json(_ value: JSONValue, status: Int = 200, contentType: String = "application/json") -> Response {
        bytes(value.jsonBytes, status: status, contentType: contentType)
    }

    static func bytes(_ bytes: [UInt8], status: Int = 200, contentType: String = "application/json") -> Response {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        headers[.contentLength] = String(bytes.count)
        return Response(
            status: HTTPResponse.Status(code: status), headers: headers,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func error(_ error: APIError) -> Response {
        var response = json(error.status, status: error.code)
        if let retry = error.retryAfterSeconds { response.headers[.retryAfter] = String(retry) }
        return response
    }

    static func text(_ text: String, status: Int = 200) -> Response {
        bytes(Array(text.utf8), status: status, contentType: "text/plain; charset=utf-8")
    }

    /// A `{kind}List` document assembled from items already serialized.
    static func listBytes(apiVersion: String, kind: String, metadata: JSONValue, items: [[UInt8]]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(items.reduce(128) { $0 + $1.count + 1 })
        out.append(contentsOf: #"{"apiVersion":"#.utf8)
        JSONValue.writeString(apiVersion, into: &out)
        out.append(contentsOf: #","items":["#.utf8)
        for (i, item) in items.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: item)
        }
        out.append(contentsOf: #"],"kind":"#.utf8)
        JSONValue.writeString(kind, into: &out)
        out.append(contentsOf: #","metadata":"#.utf8)
        metadata.write(into: &out)
        out.append(UInt8(ascii: "}"))
        return out
    }
}

import NIOHTTP1

/// One request to the API server, before authentication and transport headers are added.
struct APIRequest: Sendable {
    var method: HTTPMethod
    /// The path, already percent-encoded (`/api/v1/namespaces/default/pods/web`).
    var path: String
    var query: [(String, String)] = []
    var body: [UInt8]? = nil
    var contentType: String? = nil

    /// The path and its encoded query string.
    var target: String {
        query.isEmpty ? path : path + "?" + query.map { "\(QueryEncoding.encode($0.0))=\(QueryEncoding.encode($0.1))" }.joined(separator: "&")
    }
}

/// Percent-encoding of path segments and query components (RFC 3986 unreserved characters kept).
enum QueryEncoding {
    static func encode(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".utf8)
                out.unicodeScalars.append("%")
                out.unicodeScalars.append(Unicode.Scalar(hex[Int(byte >> 4)]))
                out.unicodeScalars.append(Unicode.Scalar(hex[Int(byte & 0x0F)]))
            }
        }
        return out
    }
}

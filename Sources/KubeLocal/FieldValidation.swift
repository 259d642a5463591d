import Hummingbird
import KubeAPI

/// The `fieldValidation` parameter of a write: `Strict` rejects duplicate fields in a JSON body
/// and fields a custom resource's schema would prune (400 BadRequest naming them), `Warn` accepts
/// the write and names them in `Warning` response headers (the parser keeps the last duplicate,
/// the schema prunes unknown fields), anything else ignores them. Unknown fields are checked for
/// creates and updates of custom resources (built-in kinds have no schema here); duplicates for
/// every JSON body.
struct FieldValidation {
    enum Mode {
        case ignore, warn, strict
    }

    let mode: Mode

    init(_ request: APIRequest) {
        switch request.query["fieldValidation"] {
        case "Strict"?: mode = .strict
        case "Warn"?: mode = .warn
        default: mode = .ignore
        }
    }

    /// The warnings a write's body earns under `Warn`.
    /// - Throws: `APIError` 400 for duplicate fields under `Strict` (unknown fields are rejected
    ///   by `ObjectRules.applySchema`).
    func warnings(_ request: APIRequest, body: [UInt8]) throws(APIError) -> [String] {
        guard mode != .ignore, [.post, .put, .patch].contains(request.method), !body.isEmpty, Self.isJSON(request.contentType) else {
            return []
        }
        let duplicates = DuplicateFields.find(in: body).map { "duplicate field \"\($0)\"" }
        let type = request.type
        if mode == .strict {
            guard duplicates.isEmpty else {
                throw APIError.badRequest(
                    "\(type.kind) in version \"\(type.version)\" cannot be handled as a \(type.kind): strict decoding error: "
                        + duplicates.joined(separator: ", "))
            }
            return []
        }
        var warnings = duplicates
        if request.method != .patch, let schema = type.schema,
            let object = try? RequestBodyDecoder.decodeObject(body, contentType: request.contentType)
        {
            warnings += schema.unknownFields(object).map { "unknown field \"\($0)\"" }
        }
        return warnings
    }

    /// JSON media types (and no Content-Type, read as JSON); YAML and protobuf bodies are not
    /// scanned for duplicates.
    static func isJSON(_ contentType: String?) -> Bool {
        guard let contentType else { return true }
        let essence = MediaType(Substring(contentType)).essence
        return essence.isEmpty || essence == "application/json" || essence.hasSuffix("+json")
    }

    /// Adds `warnings` to `response` as `Warning: 299 - "…"` headers, as kube-apiserver sends them.
    static func attach(_ warnings: [String], to response: inout Response) {
        guard !warnings.isEmpty, let name = HTTPFields.Element.Name("Warning") else { return }
        for warning in warnings {
            var quoted = ""
            for ch in warning {
                if ch == "\"" || ch == "\\" { quoted.append("\\") }
                quoted.append(ch)
            }
            response.headers.append(HTTPFields.Element(name: name, value: "299 - \"\(quoted)\""))
        }
    }
}

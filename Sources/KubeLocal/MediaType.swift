/// A parsed media type (`application/json;as=Table;v=v1;g=meta.k8s.io`): lowercased type/subtype
/// and its parameters.
struct MediaType: Equatable, Sendable {
    var essence: String
    var parameters: [String: String]

    init(_ text: Substring) {
        let parts = text.split(separator: ";")
        essence = parts.first.map { $0.trimmingSpaces().lowercased() } ?? ""
        var params: [String: String] = [:]
        for p in parts.dropFirst() {
            let kv = p.split(separator: "=", maxSplits: 1)
            if kv.count == 2 { params[kv[0].trimmingSpaces().lowercased()] = kv[1].trimmingSpaces() }
        }
        parameters = params
    }

    /// Every media range of an Accept header, in the order given.
    static func acceptList(_ header: String?) -> [MediaType] {
        (header ?? "").split(separator: ",").map { MediaType($0) }
    }
}

/// What a response should look like, from the request's Accept header.
enum ResponseShape: Equatable, Sendable {
    case object
    /// A `meta.k8s.io` Table, at `version` v1 or v1beta1.
    case table(version: String)
    /// `PartialObjectMetadata` / `PartialObjectMetadataList` at `version`.
    case metadata(version: String)

    /// The first Accept entry the server can produce decides (the real server's negotiation).
    static func negotiate(accept: String?) -> ResponseShape {
        for m in MediaType.acceptList(accept) {
            guard m.essence == "application/json" || m.essence == "*/*" || m.essence == "application/*" else { continue }
            guard let kind = m.parameters["as"] else { return .object }
            guard m.parameters["g"] == "meta.k8s.io", let v = m.parameters["v"], v == "v1" || v == "v1beta1" else { continue }
            if kind == "Table" { return .table(version: v) }
            if kind == "PartialObjectMetadata" || kind == "PartialObjectMetadataList" { return .metadata(version: v) }
        }
        return .object
    }

    /// The Content-Type of a response in this shape.
    var contentType: String {
        switch self {
        case .object: return "application/json"
        case .table(let v): return "application/json;as=Table;v=\(v);g=meta.k8s.io"
        case .metadata(let v): return "application/json;as=PartialObjectMetadata;v=\(v);g=meta.k8s.io"
        }
    }
}

/// A typed view over a JSON object: the way every Kubernetes API type is modelled here.
///
/// A conforming type stores nothing but `json`; its typed properties are computed and read or
/// write the underlying document. Fields the Swift type does not model are therefore kept at any
/// depth by construction: decoding, modifying modelled fields and encoding again never drops data.
/// Encoding and decoding go through `JSONValue`, so a view encodes exactly as its document.
public protocol JSONBacked: Codable, Sendable, Hashable, JSONConvertible, CustomDebugStringConvertible {
    /// The whole document this view reads and writes.
    var json: JSONValue { get set }
    /// Wraps a document without copying or validating it; typed properties that do not match the
    /// document's shape read as absent.
    init(json: JSONValue)
    /// A new value: `{}` for a nested view, `apiVersion` and `kind` set for a `KubeResource`.
    init()
}

extension JSONBacked {
    /// An empty view (`{}`).
    public init() { self.init(json: .emptyObject) }

    public init(from decoder: any Decoder) throws {
        self.init(json: try JSONValue(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try json.encode(to: encoder)
    }

    /// Any document can be viewed; conversion never fails.
    public init?(jsonValue: JSONValue) { self.init(json: jsonValue) }

    public var jsonValue: JSONValue { json }

    /// Parses UTF-8 JSON bytes into a view in one pass.
    /// - Throws: `JSONParseError` when the bytes are not valid JSON.
    public init(jsonBytes bytes: some Collection<UInt8>) throws(JSONParseError) {
        self.init(json: try JSONValue.parse(bytes))
    }

    /// Parses JSON text into a view.
    /// - Throws: `JSONParseError` when the text is not valid JSON.
    public init(jsonString text: String) throws(JSONParseError) {
        self.init(json: try JSONValue.parse(text))
    }

    /// `Pod({"apiVersion":"v1",…})`: the type and its compact JSON, for logs and test failures.
    public var debugDescription: String { "\(Self.self)(\(json.jsonString))" }

    /// Views the same document as another type (for example a `DynamicObject` as a `Pod`).
    public func view<T: JSONBacked>(as type: T.Type) -> T { T(json: json) }
}

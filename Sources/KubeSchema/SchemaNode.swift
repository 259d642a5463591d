import KubeAPI

/// One node of a parsed OpenAPI v3 schema, with the keywords validation, pruning and defaulting use.
/// Immutable once built, hence `Sendable`.
final class SchemaNode: Sendable {
    enum Additional: Sendable {
        case unspecified
        case allowed(Bool)
        case schema(SchemaNode)
    }

    let type: String?
    let format: String?
    let nullable: Bool
    let properties: [String: SchemaNode]
    let required: [String]
    let additionalProperties: Additional
    let items: SchemaNode?
    let enumValues: [JSONValue]?
    let pattern: String?
    let minimum: Double?
    let maximum: Double?
    let exclusiveMinimum: Bool
    let exclusiveMaximum: Bool
    let multipleOf: Double?
    let minLength: Int?
    let maxLength: Int?
    let minItems: Int?
    let maxItems: Int?
    let uniqueItems: Bool
    let minProperties: Int?
    let maxProperties: Int?
    let allOf: [SchemaNode]
    let anyOf: [SchemaNode]
    let oneOf: [SchemaNode]
    let not: SchemaNode?
    let defaultValue: JSONValue?
    let preserveUnknownFields: Bool
    let embeddedResource: Bool
    let intOrString: Bool
    let listType: String?
    let listMapKeys: [String]
    /// The raw keywords, for checks that need to know whether a keyword was present.
    let raw: [String: JSONValue]

    /// Parses `value` (the schema at `path`, for error messages).
    /// - Throws: `SchemaError` when a keyword has the wrong JSON type.
    init(_ value: JSONValue, path: String) throws(SchemaError) {
        guard case .object(let raw) = value else {
            throw SchemaError("\(path): Invalid value: must be a schema object, not \(value.typeName)")
        }
        let reader = KeywordReader(raw: raw, path: path)
        self.raw = raw
        type = try reader.string("type")
        format = try reader.string("format")
        nullable = try reader.bool("nullable")
        var properties: [String: SchemaNode] = [:]
        for (name, child) in try reader.object("properties") {
            properties[name] = try SchemaNode(child, path: reader.sub("properties[\(name)]"))
        }
        self.properties = properties
        required = try reader.strings("required")
        switch raw["additionalProperties"] {
        case nil, .null: additionalProperties = .unspecified
        case .bool(let b): additionalProperties = .allowed(b)
        case let child?: additionalProperties = .schema(try SchemaNode(child, path: reader.sub("additionalProperties")))
        }
        switch raw["items"] {
        case nil, .null: items = nil
        case .array:
            throw SchemaError("\(reader.sub("items")): must be a schema, not an array of schemas")
        case let child?: items = try SchemaNode(child, path: reader.sub("items"))
        }
        if let values = raw["enum"] {
            guard case .array(let list) = values else { throw SchemaError("\(reader.sub("enum")): must be an array") }
            enumValues = list
        } else {
            enumValues = nil
        }
        pattern = try reader.string("pattern")
        minimum = try reader.number("minimum")
        maximum = try reader.number("maximum")
        exclusiveMinimum = try reader.bool("exclusiveMinimum")
        exclusiveMaximum = try reader.bool("exclusiveMaximum")
        multipleOf = try reader.number("multipleOf")
        minLength = try reader.count("minLength")
        maxLength = try reader.count("maxLength")
        minItems = try reader.count("minItems")
        maxItems = try reader.count("maxItems")
        uniqueItems = try reader.bool("uniqueItems")
        minProperties = try reader.count("minProperties")
        maxProperties = try reader.count("maxProperties")
        allOf = try reader.schemas("allOf")
        anyOf = try reader.schemas("anyOf")
        oneOf = try reader.schemas("oneOf")
        if let child = raw["not"] {
            not = try SchemaNode(child, path: reader.sub("not"))
        } else {
            not = nil
        }
        defaultValue = raw["default"]
        preserveUnknownFields = try reader.bool("x-kubernetes-preserve-unknown-fields")
        embeddedResource = try reader.bool("x-kubernetes-embedded-resource")
        intOrString = try reader.bool("x-kubernetes-int-or-string")
        listType = try reader.string("x-kubernetes-list-type")
        listMapKeys = try reader.strings("x-kubernetes-list-map-keys")
        if let pattern {
            do {
                _ = try Regex(pattern)
            } catch {
                throw SchemaError("\(reader.sub("pattern")): invalid regular expression \"\(pattern)\"")
            }
        }
    }
}

/// Reads typed keywords from a schema object, naming the keyword's path when its type is wrong.
private struct KeywordReader {
    let raw: [String: JSONValue]
    let path: String

    func sub(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func wrongType(_ key: String, _ expected: String) -> SchemaError {
        SchemaError("\(sub(key)): Invalid value: must be \(expected), not \(raw[key]?.typeName ?? "absent")")
    }

    func string(_ key: String) throws(SchemaError) -> String? {
        switch raw[key] {
        case nil, .null: return nil
        case .string(let s): return s
        default: throw wrongType(key, "a string")
        }
    }

    func bool(_ key: String) throws(SchemaError) -> Bool {
        switch raw[key] {
        case nil, .null: return false
        case .bool(let b): return b
        default: throw wrongType(key, "a boolean")
        }
    }

    func number(_ key: String) throws(SchemaError) -> Double? {
        switch raw[key] {
        case nil, .null: return nil
        case let value?:
            guard let d = value.doubleValue else { throw wrongType(key, "a number") }
            return d
        }
    }

    func count(_ key: String) throws(SchemaError) -> Int? {
        switch raw[key] {
        case nil, .null: return nil
        case let value?:
            guard let i = value.intValue, i >= 0, i <= Int64(Int32.max) else { throw wrongType(key, "a non-negative integer") }
            return Int(i)
        }
    }

    func strings(_ key: String) throws(SchemaError) -> [String] {
        switch raw[key] {
        case nil, .null: return []
        case .array(let list):
            var out: [String] = []
            for element in list {
                guard case .string(let s) = element else { throw wrongType(key, "an array of strings") }
                out.append(s)
            }
            return out
        default: throw wrongType(key, "an array of strings")
        }
    }

    func object(_ key: String) throws(SchemaError) -> [(String, JSONValue)] {
        switch raw[key] {
        case nil, .null: return []
        case .object(let members): return members.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        default: throw wrongType(key, "an object")
        }
    }

    func schemas(_ key: String) throws(SchemaError) -> [SchemaNode] {
        switch raw[key] {
        case nil, .null: return []
        case .array(let list):
            var out: [SchemaNode] = []
            for (n, element) in list.enumerated() { out.append(try SchemaNode(element, path: sub("\(key)[\(n)]"))) }
            return out
        default: throw wrongType(key, "an array of schemas")
        }
    }
}

import Yams

/// A YAML document that could not be read, with libyaml's description of where and why.
public struct YAMLParseError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { "invalid YAML: \(message)" }
}

extension JSONValue {
    /// Parses every document of a YAML stream (documents separated by `---`); empty documents are
    /// skipped. YAML 1.1 core scalars map to JSON types: `true`/`false`, integers, floats, `null`.
    /// - Throws: `YAMLParseError` when the stream is not valid YAML or a mapping key is not a scalar.
    public static func parseYAMLDocuments(_ text: String) throws(YAMLParseError) -> [JSONValue] {
        do {
            var documents: [JSONValue] = []
            for node in try Yams.compose_all(yaml: text) {
                let document = try JSONValue(yamlNode: node)
                if !document.isNull { documents.append(document) }
            }
            return documents
        } catch let error as YAMLParseError {
            throw error
        } catch {
            throw YAMLParseError(message: "\(error)")
        }
    }

    /// Parses a YAML stream that must hold exactly one document (JSON is valid YAML too).
    public static func parseYAML(_ text: String) throws(YAMLParseError) -> JSONValue {
        let documents = try parseYAMLDocuments(text)
        guard documents.count == 1 else {
            throw YAMLParseError(message: "expected one document, found \(documents.count)")
        }
        return documents[0]
    }

    init(yamlNode node: Yams.Node) throws(YAMLParseError) {
        switch node {
        case .scalar(let scalar):
            switch node.tag.description {
            case Tag.Name.null.rawValue: self = .null
            case Tag.Name.bool.rawValue: self = node.bool.map(JSONValue.bool) ?? .string(scalar.string)
            case Tag.Name.int.rawValue:
                if let i = Int64(scalar.string) {
                    self = .int(i)
                } else {
                    self = node.int.map { .int(Int64($0)) } ?? .string(scalar.string)
                }
            case Tag.Name.float.rawValue: self = node.float.map(JSONValue.double) ?? .string(scalar.string)
            default: self = .string(scalar.string)
            }
        case .sequence(let sequence):
            var elements: [JSONValue] = []
            elements.reserveCapacity(sequence.count)
            for child in sequence { elements.append(try JSONValue(yamlNode: child)) }
            self = .array(elements)
        case .mapping(let mapping):
            var members: [String: JSONValue] = [:]
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key else {
                    throw YAMLParseError(message: "mapping key at line \(key.mark?.line ?? 0) is not a scalar")
                }
                members[keyScalar.string] = try JSONValue(yamlNode: value)
            }
            self = .object(members)
        }
    }
}

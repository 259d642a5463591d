import KubeAPI

/// Parsed definitions of the built-in kinds, read once from the compact schema text
/// (`SchemaText`): every definition as an OpenAPI v3 schema keyed by its full name
/// (`io.k8s.api.core.v1.Pod`), the kinds by group/version/kind, and any problems found while
/// reading (an unknown type, a malformed line) — the tests require there be none.
struct SchemaCatalog: Sendable {
    struct GVK: Hashable, Sendable {
        var group: String
        var version: String
        var kind: String
    }

    private(set) var definitions: [String: JSONValue] = [:]
    private(set) var kinds: [GVK: String] = [:]
    private(set) var problems: [String] = []

    static let builtIn = SchemaCatalog(texts: SchemaText.all)

    /// The `$ref` of a definition in OpenAPI v3 documents.
    static func reference(_ name: String) -> String { "#/components/schemas/\(name)" }

    init(texts: [String]) {
        var pending: [(definition: String, field: String, lineNumber: Int, type: String)] = []
        var shortNames: [String: [String]] = [:]
        for text in texts {
            var package = ""
            var current: String?
            for (n, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = rawLine.prefix { $0 != "#" }
                if line.allSatisfy(\.isWhitespace) { continue }
                if line.hasPrefix("@") {
                    package = line.dropFirst().trimmingSpaces()
                    continue
                }
                let (head, description) = Self.splitDescription(line)
                var tokens = head.split(separator: " ").map(String.init)
                if !line.hasPrefix(" ") {
                    guard !tokens.isEmpty else { continue }
                    let name = "\(package).\(tokens.removeFirst())"
                    current = name
                    shortNames[String(name.split(separator: ".").last ?? ""), default: []].append(name)
                    definitions[name] = readDefinition(name: name, flags: tokens, description: description, line: n)
                    continue
                }
                guard let definition = current, tokens.count >= 2 else {
                    problems.append("line \(n + 1): field outside a definition or without a type: \(line)")
                    continue
                }
                let field = tokens.removeFirst()
                let type = tokens.removeFirst()
                var schema: JSONValue = [:]
                if let description { schema["description"] = .string(description) }
                var required = false
                for flag in tokens {
                    if flag == "required" {
                        required = true
                    } else if !Self.applyFieldFlag(flag, to: &schema) {
                        problems.append("\(definition).\(field): unknown flag \(flag)")
                    }
                }
                definitions[definition]?[path: ["properties", field]] = schema
                if required {
                    var list = definitions[definition]?["required"]?.arrayValue ?? []
                    list.append(.string(field))
                    definitions[definition]?["required"] = .array(list)
                }
                pending.append((definition, field, n, type))
            }
        }
        for entry in pending {
            let package = entry.definition.split(separator: ".").dropLast().joined(separator: ".")
            guard let typed = typeSchema(entry.type, package: package, shortNames: shortNames) else {
                problems.append("\(entry.definition).\(entry.field): unknown type \(entry.type)")
                continue
            }
            var schema = definitions[entry.definition]?[path: ["properties", entry.field]] ?? [:]
            Self.merge(typed, into: &schema)
            definitions[entry.definition]?[path: ["properties", entry.field]] = schema
        }
    }

    private mutating func readDefinition(name: String, flags: [String], description: String?, line: Int) -> JSONValue {
        var schema: JSONValue = ["type": "object"]
        if let description { schema["description"] = .string(description) }
        var gvks: [JSONValue] = []
        for flag in flags {
            let (key, value) = Self.splitFlag(flag)
            switch key {
            case "gvk":
                let parts = value.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
                guard parts.count == 3 else {
                    problems.append("\(name): gvk must be group/version/Kind, not \(value)")
                    continue
                }
                gvks.append(["group": .string(parts[0]), "version": .string(parts[1]), "kind": .string(parts[2])])
                kinds[GVK(group: parts[0], version: parts[1], kind: parts[2])] = name
            case "type": schema["type"] = .string(value)
            case "format": schema["format"] = .string(value)
            case "preserve": schema["x-kubernetes-preserve-unknown-fields"] = true
            case "map": schema["x-kubernetes-map-type"] = .string(value)
            case "untyped": schema["type"] = nil
            default: problems.append("\(name): unknown definition flag \(flag) (line \(line + 1))")
            }
        }
        if !gvks.isEmpty { schema["x-kubernetes-group-version-kind"] = .array(gvks) }
        return schema
    }

    /// The schema of a type token: a scalar, `[]T`, `map[T]`, or a definition's short name (looked
    /// up in the field's own package first) or full name.
    private func typeSchema(_ token: String, package: String, shortNames: [String: [String]]) -> JSONValue? {
        switch token {
        case "string": return ["type": "string"]
        case "boolean": return ["type": "boolean"]
        case "int32": return ["type": "integer", "format": "int32"]
        case "int64": return ["type": "integer", "format": "int64"]
        case "integer": return ["type": "integer"]
        case "double": return ["type": "number", "format": "double"]
        case "byte": return ["type": "string", "format": "byte"]
        case "object": return ["type": "object"]
        case "any": return ["x-kubernetes-preserve-unknown-fields": true]
        default: break
        }
        if token.hasPrefix("[]") {
            guard let element = typeSchema(String(token.dropFirst(2)), package: package, shortNames: shortNames) else { return nil }
            return ["type": "array", "items": element]
        }
        if token.hasPrefix("map["), token.hasSuffix("]") {
            guard let value = typeSchema(String(token.dropFirst(4).dropLast()), package: package, shortNames: shortNames) else { return nil }
            return ["type": "object", "additionalProperties": value]
        }
        let name: String
        if definitions[token] != nil {
            name = token
        } else if let candidates = shortNames[token] {
            name = candidates.first { $0 == "\(package).\(token)" } ?? candidates[0]
        } else {
            return nil
        }
        return ["$ref": .string(Self.reference(name))]
    }

    /// Applies a field flag; false when the flag is unknown.
    private static func applyFieldFlag(_ flag: String, to schema: inout JSONValue) -> Bool {
        let (key, value) = splitFlag(flag)
        switch key {
        case "merge": schema["x-kubernetes-patch-merge-key"] = .string(value)
        case "strategy": schema["x-kubernetes-patch-strategy"] = .string(value)
        case "list": schema["x-kubernetes-list-type"] = .string(value)
        case "keys": schema["x-kubernetes-list-map-keys"] = .array(value.split(separator: ",").map { .string(String($0)) })
        case "map": schema["x-kubernetes-map-type"] = .string(value)
        case "enum": schema["enum"] = .array(value.split(separator: "|").map { .string(String($0)) })
        case "format": schema["format"] = .string(value)
        default: return false
        }
        return true
    }

    /// Merges the type schema into a field's flags and description. A reference with siblings is
    /// wrapped in `allOf`, as Kubernetes' own OpenAPI v3 documents do, so the field keeps its
    /// description.
    private static func merge(_ typed: JSONValue, into schema: inout JSONValue) {
        guard case .object(let members) = typed else { return }
        if let ref = members["$ref"] {
            schema["allOf"] = [["$ref": ref]]
            return
        }
        for (key, value) in members { schema[key] = value }
    }

    private static func splitFlag(_ flag: String) -> (String, String) {
        guard let eq = flag.firstIndex(of: "=") else { return (flag, "") }
        return (String(flag[..<eq]), String(flag[flag.index(after: eq)...]))
    }

    /// Splits `head : description` at the first " : ".
    private static func splitDescription(_ line: Substring) -> (Substring, String?) {
        guard let range = line.firstRange(of: " : ") else { return (line, nil) }
        return (line[..<range.lowerBound], line[range.upperBound...].trimmingSpaces())
    }
}

private extension Substring {
    func trimmingSpaces() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}

extension JSONValue {
    /// This value as a YAML document in the style of `kubectl get -o yaml` (go-yaml v2): block
    /// style, keys in go-yaml's order (digit runs compared as numbers), two-space indentation,
    /// sequences inside mappings not indented, `{}`/`[]` for empty collections, strings quoted only
    /// when needed (double quotes when plain text would read back as another type, single quotes
    /// for YAML syntax), multi-line strings as literal blocks, long lines folded past column 80.
    /// Reading the text back with `parseYAML` gives this value.
    public var yamlString: String {
        var out = ""
        switch self {
        case .object(let members) where !members.isEmpty:
            YAMLWriter.mapping(members, indent: 0, inline: false, into: &out)
        case .array(let elements) where !elements.isEmpty:
            YAMLWriter.sequence(elements, indent: 0, inline: false, into: &out)
        default:
            out += YAMLWriter.scalar(self, column: 0, indent: 0) + "\n"
        }
        return out
    }

    /// Several documents as one YAML stream, separated by `---` lines.
    public static func yamlStream(_ documents: [JSONValue]) -> String {
        documents.map(\.yamlString).joined(separator: "---\n")
    }
}

/// The block-style writer behind `JSONValue.yamlString`.
enum YAMLWriter {
    static func mapping(_ members: [String: JSONValue], indent: Int, inline: Bool, into out: inout String) {
        for (n, key) in YAMLKeyOrder.sorted(members.keys).enumerated() {
            if n > 0 || !inline { out += String(repeating: " ", count: indent) }
            let renderedKey = YAMLScalarStyle.render(key, isKey: true, column: indent, indent: indent)
            out += renderedKey + ":"
            let value = members[key] ?? .null
            switch value {
            case .object(let nested) where !nested.isEmpty:
                out += "\n"
                mapping(nested, indent: indent + 2, inline: false, into: &out)
            case .array(let elements) where !elements.isEmpty:
                out += "\n"
                sequence(elements, indent: indent, inline: false, into: &out)
            default:
                let column = indent + renderedKey.unicodeScalars.count + 2
                out += " " + scalar(value, column: column, indent: indent + 2) + "\n"
            }
        }
    }

    static func sequence(_ elements: [JSONValue], indent: Int, inline: Bool, into out: inout String) {
        for (n, element) in elements.enumerated() {
            if n > 0 || !inline { out += String(repeating: " ", count: indent) }
            out += "- "
            switch element {
            case .object(let nested) where !nested.isEmpty:
                mapping(nested, indent: indent + 2, inline: true, into: &out)
            case .array(let nested) where !nested.isEmpty:
                sequence(nested, indent: indent + 2, inline: true, into: &out)
            default:
                out += scalar(element, column: indent + 2, indent: indent + 2) + "\n"
            }
        }
    }

    /// A scalar or empty collection starting at `column`; continuation lines indented by `indent`.
    static func scalar(_ value: JSONValue, column: Int, indent: Int) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return number(d)
        case .string(let s): return YAMLScalarStyle.render(s, isKey: false, column: column, indent: indent)
        case .array: return "[]"
        case .object: return "{}"
        }
    }

    /// A float that YAML reads back as a float (one with no fractional part as an integer).
    private static func number(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        var text = d.description
        if !text.contains("."), let e = text.firstIndex(of: "e") { text.insert(contentsOf: ".0", at: e) }
        return text
    }
}

import KubeAPI

/// A parsed `labelSelector` query: requirements that must all hold (`a=b`, `a==b`, `a!=b`,
/// `a in (x,y)`, `a notin (x,y)`, `a`, `!a`, `a>1`, `a<1`). Parsing throws `APIError` 400 with the
/// offending requirement; matching never fails.
struct LabelSelector: Sendable, Equatable {
    enum Operator: Sendable, Equatable {
        case equals, notEquals, `in`, notIn, exists, doesNotExist, greaterThan, lessThan
    }

    struct Requirement: Sendable, Equatable {
        var key: String
        var op: Operator
        var values: [String]
    }

    var requirements: [Requirement]

    var isEmpty: Bool { requirements.isEmpty }

    /// Matches a label map.
    func matches(_ labels: [String: JSONValue]?) -> Bool {
        matches { labels?[$0]?.stringValue }
    }

    /// Matches a label map of strings (a stored object's summary).
    func matches(labels: [String: String]) -> Bool {
        isEmpty || matches { labels[$0] }
    }

    private func matches(value label: (String) -> String?) -> Bool {
        requirements.allSatisfy { r in
            let value = label(r.key)
            switch r.op {
            case .equals, .in: return value.map { r.values.contains($0) } ?? false
            case .notEquals, .notIn: return value.map { !r.values.contains($0) } ?? true
            case .exists: return value != nil
            case .doesNotExist: return value == nil
            case .greaterThan, .lessThan:
                guard let v = value.flatMap({ Int64($0) }), let bound = r.values.first.flatMap({ Int64($0) }) else {
                    return false
                }
                return r.op == .greaterThan ? v > bound : v < bound
            }
        }
    }

    /// Matches an object by its `metadata.labels`.
    func matches(object: JSONValue) -> Bool {
        isEmpty || matches(object["metadata"]?["labels"]?.objectValue)
    }

    /// Parses a selector string; the empty string selects everything.
    static func parse(_ text: String) throws(APIError) -> LabelSelector {
        var requirements: [Requirement] = []
        for part in splitTopLevel(text) {
            let trimmed = part.trimmingSpaces()
            if trimmed.isEmpty {
                if text.trimmingSpaces().isEmpty { continue }
                throw APIError.badRequest("unable to parse requirement: found '', expected: identifier")
            }
            requirements.append(try parseRequirement(trimmed))
        }
        return LabelSelector(requirements: requirements)
    }

    /// Splits on commas outside parentheses.
    private static func splitTopLevel(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        for ch in text {
            if ch == "(" { depth += 1 }
            if ch == ")" { depth -= 1 }
            if ch == ",", depth == 0 {
                parts.append(current)
                current = ""
            } else {
                current.append(ch)
            }
        }
        parts.append(current)
        return parts
    }

    private static func parseRequirement(_ text: String) throws(APIError) -> Requirement {
        if text.hasPrefix("!") {
            let key = String(text.dropFirst()).trimmingSpaces()
            try validateKey(key)
            return Requirement(key: key, op: .doesNotExist, values: [])
        }
        for (token, op) in [("==", Operator.equals), ("!=", .notEquals), ("=", .equals), (">", .greaterThan), ("<", .lessThan)] {
            if let range = text.firstRange(of: token) {
                let key = String(text[..<range.lowerBound]).trimmingSpaces()
                let value = String(text[range.upperBound...]).trimmingSpaces()
                try validateKey(key)
                try validateValue(value)
                if op == .greaterThan || op == .lessThan, Int64(value) == nil {
                    throw APIError.badRequest(
                        "unable to parse requirement: for 'Gt', 'Lt' operators, the value must be an integer")
                }
                return Requirement(key: key, op: op, values: [value])
            }
        }
        let words = text.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        if words.count == 2 {
            let key = String(words[0])
            let rest = words[1].trimmingSpaces()
            for (word, op) in [("notin", Operator.notIn), ("in", .in)] where rest.hasPrefix(word) {
                let list = rest.dropFirst(word.count).trimmingSpaces()
                guard list.hasPrefix("("), list.hasSuffix(")") else {
                    throw APIError.badRequest("unable to parse requirement: found '\(list)', expected: '('")
                }
                let values = list.dropFirst().dropLast().split(separator: ",", omittingEmptySubsequences: false)
                    .map { String($0).trimmingSpaces() }
                try validateKey(key)
                for v in values { try validateValue(v) }
                return Requirement(key: key, op: op, values: values)
            }
            throw APIError.badRequest("unable to parse requirement: found '\(rest)', expected: in, notin, =, ==, !=, gt, lt")
        }
        try validateKey(text)
        return Requirement(key: text, op: .exists, values: [])
    }

    private static func validateKey(_ key: String) throws(APIError) {
        let name = key.split(separator: "/", maxSplits: 1).last.map(String.init) ?? ""
        if key.isEmpty || !NameValidation.isQualifiedNamePart(name) || key.filter({ $0 == "/" }).count > 1 {
            throw APIError.badRequest(
                "unable to parse requirement: <nil>: Invalid value: \"\(key)\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character")
        }
    }

    private static func validateValue(_ value: String) throws(APIError) {
        if !value.isEmpty, !NameValidation.isQualifiedNamePart(value) {
            throw APIError.badRequest(
                "unable to parse requirement: <nil>: Invalid value: \"\(value)\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character")
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}

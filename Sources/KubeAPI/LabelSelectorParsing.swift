import Foundation

/// A `labelSelector` query string that cannot be parsed.
public struct LabelSelectorParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public var selector: String
    public var reason: String
    public var description: String { "unable to parse requirement in selector \"\(selector)\": \(reason)" }
}

extension LabelSelector {
    /// Parses the query-string syntax: comma-separated `k=v`, `k==v`, `k!=v`, `k in (a,b)`,
    /// `k notin (a,b)`, `k`, `!k`, and `k>n`, `k<n` (integer comparisons, `Gt`/`Lt`). An empty string selects everything. `k!=v` becomes a `NotIn`
    /// expression (which also matches objects without the label, as in Kubernetes).
    /// - Throws: `LabelSelectorParseError` naming the selector and the problem.
    public init(parsing selector: String) throws(LabelSelectorParseError) {
        self.init()
        func fail(_ reason: String) -> LabelSelectorParseError {
            LabelSelectorParseError(selector: selector, reason: reason)
        }
        var expressions: [LabelSelectorRequirement] = []
        var labels: [String: String] = [:]
        for rawPart in Self.splitTopLevel(selector) {
            let part = rawPart.trimmingSpaces
            if part.isEmpty {
                if selector.trimmingSpaces.isEmpty { continue }
                throw fail("empty requirement")
            }
            if part.hasPrefix("!") {
                let key = String(part.dropFirst()).trimmingSpaces
                try Self.validateKey(key, fail)
                expressions.append(LabelSelectorRequirement(key: key, operator: .doesNotExist))
            } else if let range = part.range(of: "!=") {
                let key = String(part[..<range.lowerBound]).trimmingSpaces
                try Self.validateKey(key, fail)
                expressions.append(LabelSelectorRequirement(key: key, operator: .notIn,
                    values: [String(part[range.upperBound...]).trimmingSpaces]))
            } else if let range = part.range(of: "==") ?? part.range(of: "=") {
                let key = String(part[..<range.lowerBound]).trimmingSpaces
                try Self.validateKey(key, fail)
                let value = String(part[range.upperBound...]).trimmingSpaces
                if let existing = labels[key], existing != value {
                    expressions.append(LabelSelectorRequirement(key: key, operator: .in, values: [value]))
                } else {
                    labels[key] = value
                }
            } else if let index = part.firstIndex(where: { $0 == ">" || $0 == "<" }) {
                let key = String(part[..<index]).trimmingSpaces
                try Self.validateKey(key, fail)
                let bound = String(part[part.index(after: index)...]).trimmingSpaces
                guard Int64(bound) != nil else { throw fail("\"\(bound)\" is not an integer") }
                expressions.append(LabelSelectorRequirement(key: key, operator: part[index] == ">" ? .gt : .lt,
                    values: [bound]))
            } else if let open = part.firstIndex(of: "(") {
                guard part.hasSuffix(")") else { throw fail("missing ')' in \"\(part)\"") }
                let head = part[..<open].split(separator: " ", omittingEmptySubsequences: true)
                guard head.count == 2 else { throw fail("expected 'key in (…)' or 'key notin (…)', found \"\(part)\"") }
                let key = String(head[0])
                try Self.validateKey(key, fail)
                let op: SelectorOperator
                switch head[1] {
                case "in": op = .in
                case "notin": op = .notIn
                default: throw fail("unknown operator \"\(head[1])\"")
                }
                let inner = part[part.index(after: open)..<part.index(before: part.endIndex)]
                let values = inner.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
                    .filter { !$0.isEmpty }
                expressions.append(LabelSelectorRequirement(key: key, operator: op, values: values))
            } else {
                try Self.validateKey(part, fail)
                expressions.append(LabelSelectorRequirement(key: part, operator: .exists))
            }
        }
        matchLabels = labels
        matchExpressions = expressions
    }

    /// Splits on commas that are not inside parentheses.
    private static func splitTopLevel(_ text: String) -> [Substring] {
        var parts: [Substring] = []
        var depth = 0
        var start = text.startIndex
        for index in text.indices {
            switch text[index] {
            case "(": depth += 1
            case ")": depth -= 1
            case "," where depth == 0:
                parts.append(text[start..<index])
                start = text.index(after: index)
            default: break
            }
        }
        parts.append(text[start...])
        return parts
    }

    private static func validateKey(_ key: String, _ fail: (String) -> LabelSelectorParseError) throws(LabelSelectorParseError) {
        guard !key.isEmpty else { throw fail("empty key") }
        let allowed = key.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_./".contains($0)) }
        guard allowed else { throw fail("invalid label key \"\(key)\"") }
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}

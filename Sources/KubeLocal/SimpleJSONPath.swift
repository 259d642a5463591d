import KubeAPI

/// The subset of kubectl JSONPath that printer columns use: `.a.b`, `.a[0]`, `.a[*].b`,
/// `.a[?(@.type=="Ready")].status`, with optional surrounding `{}`. Evaluation returns every
/// matching value in order; an unparseable path yields an error message, never a crash.
struct SimpleJSONPath: Sendable, Equatable {
    enum Step: Sendable, Equatable {
        case field(String)
        case index(Int)
        case wildcard
        case filter(path: [String], value: String)
    }

    var steps: [Step]

    init(_ text: String) throws(APIError) {
        var s = Substring(text.trimmingSpaces())
        if s.hasPrefix("{"), s.hasSuffix("}") { s = s.dropFirst().dropLast() }
        if s.hasPrefix("$") { s = s.dropFirst() }
        var steps: [Step] = []
        while let c = s.first {
            if c == "." {
                s = s.dropFirst()
                let name = s.prefix { $0 != "." && $0 != "[" }
                if name.isEmpty { throw Self.error(text) }
                steps.append(.field(String(name)))
                s = s.dropFirst(name.count)
            } else if c == "[" {
                guard let close = s.firstIndex(of: "]") else { throw Self.error(text) }
                let inner = s[s.index(after: s.startIndex)..<close].trimmingSpaces()
                s = s[s.index(after: close)...]
                if inner == "*" {
                    steps.append(.wildcard)
                } else if let i = Int(inner) {
                    steps.append(.index(i))
                } else if inner.hasPrefix("?(@."), inner.hasSuffix(")"),
                    let eq = inner.firstRange(of: "==")
                {
                    let lhs = inner[inner.index(inner.startIndex, offsetBy: 4)..<eq.lowerBound].trimmingSpaces()
                    var rhs = inner[eq.upperBound..<inner.index(before: inner.endIndex)].trimmingSpaces()
                    if rhs.count >= 2, let f = rhs.first, f == "\"" || f == "'", rhs.last == f {
                        rhs = String(rhs.dropFirst().dropLast())
                    }
                    steps.append(.filter(path: lhs.split(separator: ".").map(String.init), value: rhs))
                } else if inner.count >= 2, let f = inner.first, f == "'" || f == "\"", inner.last == f {
                    steps.append(.field(String(inner.dropFirst().dropLast())))
                } else {
                    throw Self.error(text)
                }
            } else {
                let name = s.prefix { $0 != "." && $0 != "[" }
                steps.append(.field(String(name)))
                s = s.dropFirst(name.count)
            }
        }
        self.steps = steps
    }

    private static func error(_ text: String) -> APIError {
        APIError.badRequest("unrecognized JSONPath \"\(text)\"")
    }

    /// Every value the path selects in `value`.
    func evaluate(_ value: JSONValue) -> [JSONValue] {
        var current = [value]
        for step in steps {
            var next: [JSONValue] = []
            for v in current {
                switch step {
                case .field(let name):
                    if let child = v[name] { next.append(child) }
                case .index(let i):
                    if let a = v.arrayValue {
                        let idx = i < 0 ? a.count + i : i
                        if idx >= 0, idx < a.count { next.append(a[idx]) }
                    }
                case .wildcard:
                    if let a = v.arrayValue { next.append(contentsOf: a) }
                    if let o = v.objectValue { next.append(contentsOf: o.keys.sorted().compactMap { o[$0] }) }
                case .filter(let path, let expected):
                    for element in v.arrayValue ?? [] {
                        let actual = element[path: path]
                        if Self.text(actual) == expected { next.append(element) }
                    }
                }
            }
            current = next
        }
        return current
    }

    static func text(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let s)?: return s
        case .int(let i)?: return String(i)
        case .bool(let b)?: return b ? "true" : "false"
        case .double(let d)?: return String(d)
        default: return nil
        }
    }
}

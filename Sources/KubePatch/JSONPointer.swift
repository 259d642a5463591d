import KubeAPI

/// A JSON pointer (RFC 6901): `""` is the whole document, `/a/0/b~1c` names `a`, element 0, `b/c`.
struct JSONPointer: Sendable, Equatable, CustomStringConvertible {
    /// Unescaped reference tokens.
    var tokens: [String]
    let description: String

    /// Parses `text`; throws when it does not start with `/` or holds a bad `~` escape.
    init(_ text: String) throws(PatchError) {
        description = text
        if text.isEmpty {
            tokens = []
            return
        }
        guard text.hasPrefix("/") else {
            throw PatchError("JSON pointer \"\(text)\" must be empty or start with \"/\"")
        }
        var parsed: [String] = []
        for raw in text.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            parsed.append(try Self.unescape(raw, in: text))
        }
        tokens = parsed
    }

    private static func unescape(_ raw: Substring, in text: String) throws(PatchError) -> String {
        guard raw.contains("~") else { return String(raw) }
        var out = ""
        var iterator = raw.makeIterator()
        while let c = iterator.next() {
            guard c == "~" else {
                out.append(c)
                continue
            }
            switch iterator.next() {
            case "0": out.append("~")
            case "1": out.append("/")
            default: throw PatchError("JSON pointer \"\(text)\" has an invalid escape (only ~0 and ~1 are allowed)")
            }
        }
        return out
    }

    /// Whether `self` is `other` or lies inside it.
    func hasPrefix(_ other: JSONPointer) -> Bool {
        tokens.count >= other.tokens.count && Array(tokens.prefix(other.tokens.count)) == other.tokens
    }

    /// The array index a token names: decimal digits without a leading zero, below `count`
    /// (or equal to `count` when `allowEnd`, as `add` permits).
    static func index(_ token: String, count: Int, allowEnd: Bool) -> Int? {
        guard !token.isEmpty, token.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
              token == "0" || !token.hasPrefix("0"), let i = Int(token) else { return nil }
        return i < count || (allowEnd && i == count) ? i : nil
    }
}

/// How a string is written in YAML, chosen as go-yaml v2 and libyaml choose for `kubectl -o yaml`:
/// multi-line strings as literal blocks when possible; strings that would read back as another
/// type double-quoted; otherwise plain when YAML syntax allows, else single-quoted, else
/// double-quoted. Long plain and quoted scalars fold at spaces past column 80.
enum YAMLScalarStyle {
    static let width = 80

    /// The text of `s` starting at `column`; continuation and literal-block lines are indented by
    /// `indent`. Keys never fold and are never literal blocks.
    static func render(_ s: String, isKey: Bool, column: Int, indent: Int) -> String {
        let scalars = Array(s.unicodeScalars)
        let analysis = YAMLScalarAnalysis(scalars)
        if scalars.contains("\n") {
            if !isKey, analysis.blockAllowed { return literal(scalars, indent: indent) }
            return doubleQuoted(scalars, column: column, indent: indent, allowBreaks: !isKey)
        }
        if YAMLImplicitTypes.isNonString(s) {
            return doubleQuoted(scalars, column: column, indent: indent, allowBreaks: !isKey)
        }
        if isKey ? analysis.flowPlainAllowed : analysis.blockPlainAllowed {
            return plain(scalars, column: column, indent: indent, allowBreaks: !isKey)
        }
        if analysis.singleQuotedAllowed {
            return singleQuoted(scalars, column: column, indent: indent, allowBreaks: !isKey)
        }
        return doubleQuoted(scalars, column: column, indent: indent, allowBreaks: !isKey)
    }

    private static func plain(_ s: [Unicode.Scalar], column: Int, indent: Int, allowBreaks: Bool) -> String {
        var out = String.UnicodeScalarView()
        var col = column
        var spaces = false
        for (i, c) in s.enumerated() {
            if c == " " {
                let nextIsSpace = i + 1 < s.count && s[i + 1] == " "
                if allowBreaks, !spaces, col > width, !nextIsSpace {
                    newline(&out, indent: indent, column: &col)
                } else {
                    out.append(c)
                    col += 1
                }
                spaces = true
            } else {
                out.append(c)
                col += 1
                spaces = false
            }
        }
        return String(out)
    }

    private static func singleQuoted(_ s: [Unicode.Scalar], column: Int, indent: Int, allowBreaks: Bool) -> String {
        var out = String.UnicodeScalarView("'".unicodeScalars)
        var col = column + 1
        var spaces = false
        for (i, c) in s.enumerated() {
            if c == " " {
                let nextIsSpace = i + 1 < s.count && s[i + 1] == " "
                if allowBreaks, !spaces, col > width, i != 0, i != s.count - 1, !nextIsSpace {
                    newline(&out, indent: indent, column: &col)
                } else {
                    out.append(c)
                    col += 1
                }
                spaces = true
            } else {
                if c == "'" {
                    out.append("'")
                    col += 1
                }
                out.append(c)
                col += 1
                spaces = false
            }
        }
        out.append("'")
        return String(out)
    }

    private static func doubleQuoted(_ s: [Unicode.Scalar], column: Int, indent: Int, allowBreaks: Bool) -> String {
        var out = String.UnicodeScalarView("\"".unicodeScalars)
        var col = column + 1
        var spaces = false
        for (i, c) in s.enumerated() {
            if let escape = escape(c) {
                out.append(contentsOf: "\\".unicodeScalars)
                out.append(contentsOf: escape.unicodeScalars)
                col += 1 + escape.unicodeScalars.count
                spaces = false
            } else if c == " " {
                if allowBreaks, !spaces, col > width, i != 0, i != s.count - 1 {
                    newline(&out, indent: indent, column: &col)
                    if i + 1 < s.count, s[i + 1] == " " {
                        out.append("\\")
                        col += 1
                    }
                } else {
                    out.append(c)
                    col += 1
                }
                spaces = true
            } else {
                out.append(c)
                col += 1
                spaces = false
            }
        }
        out.append("\"")
        return String(out)
    }

    /// The escape (without the backslash) libyaml writes for `c` in a double-quoted scalar, or
    /// `nil` when `c` is written as is.
    private static func escape(_ c: Unicode.Scalar) -> String? {
        switch c.value {
        case 0x00: return "0"
        case 0x07: return "a"
        case 0x08: return "b"
        case 0x09: return "t"
        case 0x0A: return "n"
        case 0x0B: return "v"
        case 0x0C: return "f"
        case 0x0D: return "r"
        case 0x1B: return "e"
        case 0x22: return "\""
        case 0x5C: return "\\"
        case 0x85: return "N"
        case 0x2028: return "L"
        case 0x2029: return "P"
        default:
            if YAMLScalarAnalysis.isPrintable(c) { return nil }
            let digits = String(c.value, radix: 16, uppercase: true)
            let (prefix, width) = c.value <= 0xFF ? ("x", 2) : c.value <= 0xFFFF ? ("u", 4) : ("U", 8)
            return prefix + String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
    }

    /// `|`, `|-` or `|+` (with indentation indicator `2` when the text starts with a space or a
    /// line break) and the lines indented by `indent`, without the final line break.
    private static func literal(_ s: [Unicode.Scalar], indent: Int) -> String {
        var header = "|"
        if s.first == " " || s.first == "\n" { header += "2" }
        if s.last != "\n" {
            header += "-"
        } else if s.count == 1 || s[s.count - 2] == "\n" {
            header += "+"
        }
        var out = String.UnicodeScalarView(header.unicodeScalars)
        out.append("\n")
        var atLineStart = true
        for c in s {
            if c == "\n" {
                out.append(c)
                atLineStart = true
            } else {
                if atLineStart {
                    out.append(contentsOf: String(repeating: " ", count: indent).unicodeScalars)
                    atLineStart = false
                }
                out.append(c)
            }
        }
        var text = String(out)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    private static func newline(_ out: inout String.UnicodeScalarView, indent: Int, column: inout Int) {
        out.append("\n")
        out.append(contentsOf: String(repeating: " ", count: indent).unicodeScalars)
        column = indent
    }
}

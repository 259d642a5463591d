/// Which YAML styles can represent a string, computed as libyaml's emitter does
/// (`yaml_emitter_analyze_scalar`), so that the chosen style reads back as the same string.
struct YAMLScalarAnalysis {
    var flowPlainAllowed = true
    var blockPlainAllowed = true
    var singleQuotedAllowed = true
    var blockAllowed = true

    init(_ s: [Unicode.Scalar]) {
        guard !s.isEmpty else {
            flowPlainAllowed = false
            blockAllowed = false
            return
        }
        var flowIndicators = false
        var blockIndicators = false
        var leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false
        var breakSpace = false, spaceBreak = false, previousSpace = false, previousBreak = false
        var lineBreaks = false, special = false
        if s.count >= 3, s[0] == s[1], s[1] == s[2], s[0] == "-" || s[0] == "." {
            flowIndicators = true
            blockIndicators = true
        }
        var precededByWhitespace = true
        for (i, c) in s.enumerated() {
            let followedByWhitespace = i + 1 == s.count || Self.isBlankOrBreak(s[i + 1])
            if i == 0 {
                if "#,[]{}&*!|>'\"%@`".unicodeScalars.contains(c) {
                    flowIndicators = true
                    blockIndicators = true
                }
                if c == "?" || c == ":" {
                    flowIndicators = true
                    if followedByWhitespace { blockIndicators = true }
                }
                if c == "-", followedByWhitespace {
                    flowIndicators = true
                    blockIndicators = true
                }
            } else {
                if ",?[]{}".unicodeScalars.contains(c) { flowIndicators = true }
                if c == ":" {
                    flowIndicators = true
                    if followedByWhitespace { blockIndicators = true }
                }
                if c == "#", precededByWhitespace {
                    flowIndicators = true
                    blockIndicators = true
                }
            }
            if !Self.isPrintable(c) { special = true }
            if c == "\n" { lineBreaks = true }
            if c == " " {
                if i == 0 { leadingSpace = true }
                if i == s.count - 1 { trailingSpace = true }
                if previousBreak { breakSpace = true }
                previousSpace = true
                previousBreak = false
            } else if c == "\n" {
                if i == 0 { leadingBreak = true }
                if i == s.count - 1 { trailingBreak = true }
                if previousSpace { spaceBreak = true }
                previousBreak = true
                previousSpace = false
            } else {
                previousSpace = false
                previousBreak = false
            }
            precededByWhitespace = Self.isBlankOrBreak(c)
        }
        if leadingSpace || leadingBreak || trailingSpace || trailingBreak {
            flowPlainAllowed = false
            blockPlainAllowed = false
        }
        if trailingSpace { blockAllowed = false }
        if breakSpace {
            flowPlainAllowed = false
            blockPlainAllowed = false
            singleQuotedAllowed = false
        }
        if spaceBreak || special {
            flowPlainAllowed = false
            blockPlainAllowed = false
            singleQuotedAllowed = false
            blockAllowed = false
        }
        if lineBreaks {
            flowPlainAllowed = false
            blockPlainAllowed = false
        }
        if flowIndicators { flowPlainAllowed = false }
        if blockIndicators { blockPlainAllowed = false }
    }

    /// What may appear unescaped: libyaml's printable set less the line breaks other than `\n`
    /// (NEL, U+2028, U+2029) and the byte-order mark, which are always escaped here.
    static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x0A, 0x20...0x7E, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF:
            return c.value != 0xFEFF && c.value != 0x2028 && c.value != 0x2029
        default:
            return false
        }
    }

    private static func isBlankOrBreak(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\n" || c == "\r" || c.value == 0x85 || c.value == 0x2028 || c.value == 0x2029
    }
}

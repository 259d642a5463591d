/// Decides how a string is written in YAML: plain, double-quoted or as a literal block.
enum YAMLScalarStyle {
    static func quotedIfNeeded(_ s: String, allowBlock: Bool, indent: Int) -> String {
        if isPlainSafe(s) { return s }
        if allowBlock, canBeLiteralBlock(s) { return literalBlock(s, indent: indent + 2) }
        return doubleQuoted(s)
    }

    /// Plain text that a YAML 1.1 or 1.2 reader gives back as this same string.
    static func isPlainSafe(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last else { return false }
        if first == " " || last == " " || last == ":" { return false }
        for scalar in s.unicodeScalars where !isPrintable(scalar) || scalar == "\n" { return false }
        let second = s.unicodeScalars.dropFirst().first
        switch first {
        case "-", "?", ":":
            // An indicator only when followed by a space or nothing.
            if second == nil || second == " " { return false }
            if first == "-", s.hasPrefix("---") { return false }
        case ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`":
            return false
        default: break
        }
        if s.contains(": ") || s.contains(" #") { return false }
        return !resolvesToNonString(s)
    }

    /// Strings a YAML 1.1 resolver would read as null, a Boolean, a number or a timestamp.
    static func resolvesToNonString(_ s: String) -> Bool {
        let reserved: Set<String> = [
            "~", "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE", "yes", "Yes", "YES",
            "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N", "<<", "=",
        ]
        if reserved.contains(s) { return true }
        let lowered = s.lowercased()
        let body = lowered.hasPrefix("+") || lowered.hasPrefix("-") ? String(lowered.dropFirst()) : lowered
        if [".inf", ".nan"].contains(body) { return true }
        guard let first = body.first, first.isNumber || first == "." else { return false }
        let compact = body.replacingAll("_")
        if Double(compact) != nil || Int64(compact) != nil { return true }
        if compact.hasPrefix("0x") || compact.hasPrefix("0o") || compact.hasPrefix("0b") { return true }
        // Sexagesimal (`1:30`) and timestamps (`2024-01-02…`) in YAML 1.1.
        let allowed = Set("0123456789:.")
        if body.contains(":"), body.allSatisfy(allowed.contains) { return true }
        let bytes = Array(body.utf8)
        if bytes.count >= 8, bytes[4] == UInt8(ascii: "-"), bytes[0...3].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            return true
        }
        return false
    }

    static func canBeLiteralBlock(_ s: String) -> Bool {
        guard s.contains("\n"), let first = s.unicodeScalars.first, first != " ", first != "\n" else { return false }
        var previous: Unicode.Scalar = "\n"
        for scalar in s.unicodeScalars {
            if scalar != "\n", !isPrintable(scalar) { return false }
            if scalar == "\n", previous == " " { return false }
            previous = scalar
        }
        return previous != " "
    }

    static func literalBlock(_ s: String, indent: Int) -> String {
        var body = Substring(s)
        let header: String
        if !body.hasSuffix("\n") {
            header = "|-"
        } else if body.hasSuffix("\n\n") {
            header = "|+"
            body.removeLast()
        } else {
            header = "|"
            body.removeLast()
        }
        let pad = String(repeating: " ", count: indent)
        var out = header
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            out += "\n"
            if !line.isEmpty { out += pad + line }
        }
        return out
    }

    static func doubleQuoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if isPrintable(scalar) {
                    out.unicodeScalars.append(scalar)
                } else if scalar.value <= 0xFF {
                    out += "\\x" + hex(scalar.value, width: 2)
                } else if scalar.value <= 0xFFFF {
                    out += "\\u" + hex(scalar.value, width: 4)
                } else {
                    out += "\\U" + hex(scalar.value, width: 8)
                }
            }
        }
        return out + "\""
    }

    /// What may appear unescaped in YAML text: libyaml's printable set less the line breaks
    /// other than `\n` (NEL, U+2028, U+2029) and the byte-order mark.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x20...0x7E, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF:
            return scalar.value != 0xFEFF && scalar.value != 0x2028 && scalar.value != 0x2029
        default:
            return false
        }
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

extension String {
    fileprivate func replacingAll(_ character: Character) -> String {
        String(filter { $0 != character })
    }
}

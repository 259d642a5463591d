/// Which plain strings a YAML reader would take for something other than a string, following
/// go-yaml v2 (the library behind `kubectl -o yaml`): those are written double-quoted.
enum YAMLImplicitTypes {
    private static let reserved: Set<String> = [
        "", "~", "null", "Null", "NULL",
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
        "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF",
        ".nan", ".NaN", ".NAN",
        ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF",
    ]

    /// Whether plain `s` would read back as null, a Boolean, a number or a timestamp.
    static func isNonString(_ s: String) -> Bool {
        if reserved.contains(s) { return true }
        guard let first = s.unicodeScalars.first, "+-.0123456789".unicodeScalars.contains(first) else { return false }
        return isNumber(s) || isBase60Float(s) || isTimestamp(s)
    }

    /// Integers in any base (`0x1F`, `0o17`, `0b101`, `0755`) and floats, underscores ignored.
    private static func isNumber(_ s: String) -> Bool {
        let plain = String(s.unicodeScalars.filter { $0 != "_" })
        var body = Substring(plain)
        let signed = body.first == "+" || body.first == "-"
        if signed { body = body.dropFirst() }
        if body.isEmpty { return false }
        for (prefix, radix) in [("0x", 16), ("0X", 16), ("0o", 8), ("0O", 8), ("0b", 2), ("0B", 2)] where body.hasPrefix(prefix) {
            return UInt64(body.dropFirst(2), radix: radix) != nil
        }
        guard let lead = body.unicodeScalars.first, lead == "." || ("0"..."9").contains(lead) else { return false }
        return Double(body) != nil
    }

    /// `1:30`, `-190:20:30.15`: YAML 1.1 sexagesimal numbers.
    private static func isBase60Float(_ s: String) -> Bool {
        var chars = Array(s.unicodeScalars)
        if chars.first == "+" || chars.first == "-" { chars.removeFirst() }
        func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
        var i = 0
        guard i < chars.count, isDigit(chars[i]) else { return false }
        while i < chars.count, isDigit(chars[i]) || chars[i] == "_" { i += 1 }
        var groups = 0
        while i < chars.count, chars[i] == ":" {
            i += 1
            let start = i
            while i < chars.count, isDigit(chars[i]), i - start < 2 { i += 1 }
            let group = chars[start..<i]
            guard let lead = group.first, group.count == 1 || ("0"..."5").contains(lead) else { return false }
            groups += 1
        }
        guard groups > 0 else { return false }
        if i < chars.count, chars[i] == "." {
            i += 1
            while i < chars.count, isDigit(chars[i]) || chars[i] == "_" { i += 1 }
        }
        return i == chars.count
    }

    /// `2024-1-2`, `2024-01-02T03:04:05Z`, `2024-01-02t03:04:05.5+02:00`, `2024-01-02 03:04:05`.
    private static func isTimestamp(_ s: String) -> Bool {
        let c = Array(s.utf8)
        var i = 0
        func number(maxDigits: Int) -> Int? {
            let start = i
            var value = 0
            while i < c.count, i - start < maxDigits, c[i] >= 0x30, c[i] <= 0x39 {
                value = value * 10 + Int(c[i] - 0x30)
                i += 1
            }
            return i > start ? value : nil
        }
        func expect(_ byte: UInt8) -> Bool {
            guard i < c.count, c[i] == byte else { return false }
            i += 1
            return true
        }
        guard c.count >= 8, let year = number(maxDigits: 4), i == 4, expect(0x2D), let month = number(maxDigits: 2),
            expect(0x2D), let day = number(maxDigits: 2), (1...12).contains(month), day >= 1
        else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard day <= monthDays else { return false }
        if i == c.count { return true }
        let separator = c[i]
        guard separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t") || separator == UInt8(ascii: " ") else { return false }
        i += 1
        guard let hour = number(maxDigits: 2), expect(0x3A), let minute = number(maxDigits: 2), expect(0x3A),
            let second = number(maxDigits: 2), hour < 24, minute < 60, second < 60
        else { return false }
        if i < c.count, c[i] == UInt8(ascii: ".") {
            i += 1
            guard number(maxDigits: 9) != nil else { return false }
        }
        if separator == UInt8(ascii: " ") { return i == c.count }
        if expect(UInt8(ascii: "Z")) { return i == c.count }
        guard i < c.count, c[i] == UInt8(ascii: "+") || c[i] == UInt8(ascii: "-") else { return false }
        i += 1
        guard let offsetHours = number(maxDigits: 2), expect(0x3A), let offsetMinutes = number(maxDigits: 2),
            offsetHours < 24, offsetMinutes < 60
        else { return false }
        return i == c.count
    }
}

/// The string formats kube-apiserver checks in custom resources (`format` on a string schema).
/// Formats it does not check, and all formats on non-string values (`int32`, `int64`, `double`),
/// pass, as in kube-apiserver.
enum StringFormats {
    static func isValid(_ s: String, format: String) -> Bool {
        switch format {
        case "date-time", "datetime": return isDateTime(s)
        case "date": return isDate(Substring(s))
        case "uuid": return isUUID(s)
        case "ipv4": return isIPv4(Substring(s))
        case "ipv6": return isIPv6(s)
        case "cidr": return isCIDR(s)
        case "mac": return isMAC(s)
        case "hostname": return isHostname(s)
        case "byte": return isBase64(s)
        case "email": return isEmail(s)
        case "duration": return isDuration(s)
        default: return true
        }
    }

    private static func digits(_ s: Substring, count: Int) -> Int? {
        guard s.count == count, s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(s)
    }

    static func isDate(_ s: Substring) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, digits(parts[0], count: 4) != nil,
            let month = digits(parts[1], count: 2), let day = digits(parts[2], count: 2)
        else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }

    /// RFC 3339 `date-time`: `2024-01-02T03:04:05Z`, optional fraction, `Z` or `±hh:mm`.
    static func isDateTime(_ s: String) -> Bool {
        guard let t = s.firstIndex(where: { $0 == "T" || $0 == "t" || $0 == " " }) else { return false }
        guard isDate(s[s.startIndex..<t]) else { return false }
        var time = s[s.index(after: t)...]
        if time.hasSuffix("Z") || time.hasSuffix("z") {
            time = time.dropLast()
        } else if time.count > 6, let sign = time.dropLast(5).last, sign == "+" || sign == "-" {
            let offset = time.suffix(5)
            let hm = offset.split(separator: ":", omittingEmptySubsequences: false)
            guard hm.count == 2, digits(hm[0], count: 2) != nil, digits(hm[1], count: 2) != nil else { return false }
            time = time.dropLast(6)
        } else {
            return false
        }
        var clock = time
        if let dot = time.firstIndex(of: ".") {
            let fraction = time[time.index(after: dot)...]
            guard !fraction.isEmpty, fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
            clock = time[..<dot]
        }
        let hms = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard hms.count == 3, let h = digits(hms[0], count: 2), let m = digits(hms[1], count: 2), let sec = digits(hms[2], count: 2)
        else { return false }
        return h < 24 && m < 60 && sec <= 60
    }

    static func isUUID(_ s: String) -> Bool {
        let groups = s.split(separator: "-", omittingEmptySubsequences: false)
        guard groups.map(\.count) == [8, 4, 4, 4, 12] else { return false }
        return groups.allSatisfy { $0.allSatisfy(\.isHexDigit) }
    }

    static func isIPv4(_ s: Substring) -> Bool {
        let octets = s.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4 else { return false }
        return octets.allSatisfy { octet in
            guard (1...3).contains(octet.count), octet.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(octet) else { return false }
            return n <= 255 && !(octet.count > 1 && octet.first == "0")
        }
    }

    static func isIPv6(_ s: String) -> Bool {
        guard s.contains(":"), s.count <= 45 else { return false }
        var text = Substring(s)
        var groupsAllowed = 8
        if let lastColon = text.lastIndex(of: ":"), text[text.index(after: lastColon)...].contains(".") {
            guard isIPv4(text[text.index(after: lastColon)...]) else { return false }
            text = text[...lastColon]
            if !text.hasSuffix("::") { text = text.dropLast() }
            groupsAllowed = 6
        }
        let halves = text.split(separator: "::", omittingEmptySubsequences: false)
        guard halves.count <= 2 else { return false }
        var count = 0
        for half in halves where !half.isEmpty {
            for group in half.split(separator: ":", omittingEmptySubsequences: false) {
                guard (1...4).contains(group.count), group.allSatisfy(\.isHexDigit) else { return false }
                count += 1
            }
        }
        return halves.count == 2 ? count < groupsAllowed : count == groupsAllowed
    }

    static func isCIDR(_ s: String) -> Bool {
        let parts = s.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[1].isEmpty, parts[1].allSatisfy({ $0.isASCII && $0.isNumber }), let bits = Int(parts[1]) else { return false }
        if isIPv4(parts[0]) { return bits <= 32 }
        return isIPv6(String(parts[0])) && bits <= 128
    }

    static func isMAC(_ s: String) -> Bool {
        for separator: Character in [":", "-"] {
            let groups = s.split(separator: separator, omittingEmptySubsequences: false)
            if [6, 8, 20].contains(groups.count), groups.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isHexDigit) }) { return true }
        }
        return false
    }

    static func isHostname(_ s: String) -> Bool {
        guard !s.isEmpty, s.utf8.count <= 255 else { return false }
        let labels = s.split(separator: ".", omittingEmptySubsequences: false)
        return labels.allSatisfy { label in
            guard (1...63).contains(label.count), label.first != "-", label.last != "-" else { return false }
            return label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }
    }

    static func isBase64(_ s: String) -> Bool {
        guard s.utf8.count % 4 == 0 else { return false }
        var padding = 0
        for byte in s.utf8 {
            if byte == UInt8(ascii: "=") {
                padding += 1
                continue
            }
            guard padding == 0 else { return false }
            let isAlphabet = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "/")
            guard isAlphabet else { return false }
        }
        return padding <= 2
    }

    static func isEmail(_ s: String) -> Bool {
        let parts = s.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[0].contains(where: \.isWhitespace) else { return false }
        return isHostname(String(parts[1])) && parts[1].contains(".")
    }

    /// A Go duration (`1h30m`, `500ms`, `-1.5s`) or a bare number of seconds… as kube-openapi's
    /// `duration` format accepts: Go durations and `<n> <unit>` forms.
    static func isDuration(_ s: String) -> Bool {
        var rest = Substring(s)
        if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
        if rest == "0" { return true }
        guard !rest.isEmpty else { return false }
        let units = ["ns", "us", "µs", "ms", "s", "m", "h", "d", "w"]
        while !rest.isEmpty {
            let number = rest.prefix { ($0.isASCII && $0.isNumber) || $0 == "." }
            guard !number.isEmpty, Double(number) != nil else { return false }
            rest = rest.dropFirst(number.count)
            while rest.first == " " { rest = rest.dropFirst() }
            guard let unit = units.sorted(by: { $0.count > $1.count }).first(where: { rest.hasPrefix($0) }) else { return false }
            rest = rest.dropFirst(unit.count)
        }
        return true
    }
}

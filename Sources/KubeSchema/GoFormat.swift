import KubeAPI

/// Go's `fmt` renderings that appear inside kube-apiserver messages.
enum GoFormat {
    /// `%q` of a string: double-quoted with Go escapes.
    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A bad value as `field.Error` prints it: numbers and Booleans bare, strings quoted, `null`,
    /// composite values as compact JSON.
    static func value(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return number(d)
        case .string(let s): return quote(s)
        case .array, .object: return value.jsonString
        }
    }

    /// `%v` of a float64 (Go's shortest `%g`): exponent form when the decimal exponent is below
    /// -4 or at least 6, as in `1e+06` and `1.5e-05`.
    static func number(_ d: Double) -> String {
        guard d.isFinite else { return d.isNaN ? "NaN" : (d > 0 ? "+Inf" : "-Inf") }
        if d == 0 { return "0" }
        // Swift's description is the shortest round-tripping representation; take its digits.
        let text = abs(d).description
        let parts = text.split(separator: "e", maxSplits: 1)
        var exponent = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
        let mantissa = parts[0]
        let pointIndex = mantissa.firstIndex(of: ".") ?? mantissa.endIndex
        var digits = Array(mantissa[mantissa.startIndex..<pointIndex]) + Array(mantissa[pointIndex...].dropFirst())
        var decimalPoint = mantissa.distance(from: mantissa.startIndex, to: pointIndex) + exponent
        while digits.first == "0" { digits.removeFirst(); decimalPoint -= 1 }
        while digits.last == "0" { digits.removeLast() }
        if digits.isEmpty { return "0" }
        exponent = decimalPoint - 1
        var out = d < 0 ? "-" : ""
        if exponent < -4 || exponent >= 6 {
            out.append(digits[0])
            if digits.count > 1 { out += "." + String(digits.dropFirst()) }
            let magnitude = abs(exponent)
            out += (exponent < 0 ? "e-" : "e+") + (magnitude < 10 ? "0" : "") + String(magnitude)
        } else if decimalPoint <= 0 {
            out += "0." + String(repeating: "0", count: -decimalPoint) + String(digits)
        } else if decimalPoint >= digits.count {
            out += String(digits) + String(repeating: "0", count: decimalPoint - digits.count)
        } else {
            out += String(digits[..<decimalPoint]) + "." + String(digits[decimalPoint...])
        }
        return out
    }
}

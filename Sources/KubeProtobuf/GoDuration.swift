/// Formats nanosecond durations as Go's `time.Duration.String` does (`1h2m3.5s`, `150ms`, `0s`),
/// the JSON form of Kubernetes' `metav1.Duration`.
enum GoDuration {
    static func format(nanoseconds: Int64) -> String {
        if nanoseconds == 0 { return "0s" }
        let negative = nanoseconds < 0
        var u = nanoseconds.magnitude
        var text: String
        if u < 1_000_000_000 {
            if u < 1_000 {
                text = String(u) + "ns"
            } else if u < 1_000_000 {
                text = fractional(u, digits: 3) + "µs"
            } else {
                text = fractional(u, digits: 6) + "ms"
            }
        } else {
            text = fractional(u, digits: 9)
            u /= 1_000_000_000
            text = String(u % 60) + text.drop(while: { $0 != "." }) + "s"
            u /= 60
            if u > 0 {
                text = String(u % 60) + "m" + text
                u /= 60
                if u > 0 { text = String(u) + "h" + text }
            }
        }
        return negative ? "-" + text : text
    }

    /// `value / 10^digits` followed by its remainder as a decimal fraction without trailing zeros.
    private static func fractional(_ value: UInt64, digits: Int) -> String {
        var scale: UInt64 = 1
        for _ in 0..<digits { scale *= 10 }
        let whole = value / scale
        var remainder = String(value % scale)
        remainder = String(repeating: "0", count: digits - remainder.count) + remainder
        while remainder.hasSuffix("0") { remainder.removeLast() }
        return remainder.isEmpty ? String(whole) : String(whole) + "." + remainder
    }
}

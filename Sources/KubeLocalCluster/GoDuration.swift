/// Durations written as Go's `time.Duration.String()` does (`500ms`, `2.5s`, `1m20s`, `5m0s`,
/// `1h0m0s`), which kubelet messages embed.
enum GoDuration {
    static func format(seconds: Double) -> String {
        let nanos = Int64((seconds * 1e9).rounded())
        guard nanos > 0 else { return "0s" }
        if nanos < 1_000 { return "\(nanos)ns" }
        if nanos < 1_000_000 { return decimal(nanos, unit: 1_000) + "µs" }
        if nanos < 1_000_000_000 { return decimal(nanos, unit: 1_000_000) + "ms" }
        let hours = nanos / 3_600_000_000_000
        let minutes = nanos / 60_000_000_000 % 60
        var text = ""
        if hours > 0 { text += "\(hours)h" }
        if hours > 0 || minutes > 0 { text += "\(minutes)m" }
        return text + decimal(nanos % 60_000_000_000, unit: 1_000_000_000) + "s"
    }

    /// `value / unit` with the fraction's trailing zeros removed.
    private static func decimal(_ value: Int64, unit: Int64) -> String {
        let whole = value / unit
        var fraction = value % unit
        guard fraction > 0 else { return String(whole) }
        var digits = String(unit).count - 1
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        let text = String(fraction)
        return "\(whole)." + String(repeating: "0", count: digits - text.count) + text
    }
}

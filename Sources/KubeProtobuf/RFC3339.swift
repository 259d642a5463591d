/// Formats Unix timestamps as RFC 3339 text in UTC, as Go's `time.Format` does for Kubernetes'
/// `Time` (`2006-01-02T15:04:05Z`) and `MicroTime` (`2006-01-02T15:04:05.000000Z`).
enum RFC3339 {
    /// The Unix seconds of Go's zero `time.Time` (0001-01-01T00:00:00Z), which Kubernetes writes as `null`.
    static let goZeroTimeSeconds: Int64 = -62_135_596_800

    /// The text for `seconds` + `nanos` since the Unix epoch, with `fractionDigits` (0...9) digits
    /// of the second (truncated); `nil` outside years 0...9999.
    static func format(seconds: Int64, nanos: Int64, fractionDigits: Int) -> String? {
        let (carry, nanosOfSecond) = nanos.quotientAndRemainder(dividingBy: 1_000_000_000)
        var total = seconds.addingReportingOverflow(carry).partialValue
        var fraction = nanosOfSecond
        if fraction < 0 {
            fraction += 1_000_000_000
            total -= 1
        }
        let (days, secondOfDay) = floorDivision(total, 86_400)
        guard let (year, month, day) = civilDate(daysSinceEpoch: days), (0...9999).contains(year) else { return nil }
        var text = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T"
        text += pad(secondOfDay / 3600, 2) + ":" + pad(secondOfDay / 60 % 60, 2) + ":" + pad(secondOfDay % 60, 2)
        if fractionDigits > 0 {
            var divisor: Int64 = 1
            for _ in fractionDigits..<9 { divisor *= 10 }
            text += "." + pad(fraction / divisor, fractionDigits)
        }
        return text + "Z"
    }

    private static func floorDivision(_ a: Int64, _ b: Int64) -> (Int64, Int64) {
        let (q, r) = a.quotientAndRemainder(dividingBy: b)
        return r < 0 ? (q - 1, r + b) : (q, r)
    }

    /// The proleptic Gregorian date of a day count from 1970-01-01 (Howard Hinnant's algorithm).
    private static func civilDate(daysSinceEpoch: Int64) -> (Int64, Int64, Int64)? {
        guard abs(daysSinceEpoch) < 10_000_000 else { return nil }
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// RFC 3339 timestamps in UTC as the API server writes them: `creationTimestamp` with seconds
/// (`2026-11-23T12:00:00Z`) and MicroTime with microseconds (`…T12:00:00.123456Z`).
/// Pure calendar arithmetic (proleptic Gregorian), so no locale or time zone can change the output.
enum TimeText {
    /// `seconds` since the Unix epoch as `YYYY-MM-DDTHH:MM:SSZ`.
    static func format(seconds: Int64) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secs = seconds - days * 86_400
        let (y, m, d) = civil(days: days)
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))T\(pad(secs / 3600, 2)):\(pad(secs / 60 % 60, 2)):\(pad(secs % 60, 2))Z"
    }

    /// Time since the epoch as `YYYY-MM-DDTHH:MM:SS.ffffffZ`.
    static func formatMicro(seconds: Double) -> String {
        let whole = Int64(seconds.rounded(.down))
        let micros = Int64(((seconds - Double(whole)) * 1_000_000).rounded(.down))
        var s = format(seconds: whole)
        s.removeLast()
        return s + "." + pad(micros, 6) + "Z"
    }

    /// Seconds since the epoch of an RFC 3339 timestamp (fractions and `Z` or `±hh:mm` accepted).
    static func parse(_ text: String) -> Int64? {
        let b = Array(text.utf8)
        guard b.count >= 20 else { return nil }
        func num(_ r: Range<Int>) -> Int64? {
            var v: Int64 = 0
            for i in r {
                guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
                v = v * 10 + Int64(b[i] - 0x30)
            }
            return v
        }
        guard let y = num(0..<4), let mo = num(5..<7), let d = num(8..<10), let h = num(11..<13),
            let mi = num(14..<16), let s = num(17..<19)
        else { return nil }
        var i = 19
        if i < b.count, b[i] == 0x2E {
            i += 1
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
        }
        var offset: Int64 = 0
        if i + 6 <= b.count, b[i] == 0x2B || b[i] == 0x2D, let oh = num(i + 1..<i + 3), let om = num(i + 4..<i + 6) {
            offset = (oh * 3600 + om * 60) * (b[i] == 0x2B ? 1 : -1)
        }
        return days(year: y, month: mo, day: d) * 86_400 + h * 3600 + mi * 60 + s - offset
    }

    private static func pad(_ v: Int64, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    /// Year, month, day of a day count since 1970-01-01 (Howard Hinnant's algorithm).
    private static func civil(days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    private static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// kubectl's short human duration (`45s`, `5m10s`, `3h`, `2d5h`, `3y`), as Table cells show ages.
    static func humanDuration(seconds: Int64) -> String {
        let s = max(seconds, 0)
        if s < 120 { return "\(s)s" }
        let minutes = s / 60
        if minutes < 10 { return s % 60 == 0 ? "\(minutes)m" : "\(minutes)m\(s % 60)s" }
        if minutes < 180 { return "\(minutes)m" }
        let hours = s / 3600
        if hours < 8 { return minutes % 60 == 0 ? "\(hours)h" : "\(hours)h\(minutes % 60)m" }
        if hours < 48 { return "\(hours)h" }
        if hours < 192 { return hours % 24 == 0 ? "\(hours / 24)d" : "\(hours / 24)d\(hours % 24)h" }
        if hours < 24 * 365 * 2 { return "\(hours / 24)d" }
        if hours < 24 * 365 * 8 {
            let dy = (hours / 24) % 365
            return dy == 0 ? "\(hours / 24 / 365)y" : "\(hours / 24 / 365)y\(dy)d"
        }
        return "\(hours / 24 / 365)y"
    }
}

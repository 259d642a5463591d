import Foundation
import KubeAPI

/// Timestamps as the API server writes and reads them, in whole seconds since the epoch (the
/// formatting and parsing are `KubeTime`'s), and kubectl's human durations for Table cells.
enum TimeText {
    /// `seconds` since the Unix epoch as `YYYY-MM-DDTHH:MM:SSZ`.
    static func format(seconds: Int64) -> String {
        KubeTime.format(Date(timeIntervalSince1970: Double(seconds)))
    }

    /// Whole seconds since the epoch of an RFC 3339 timestamp (fractions and `Z` or `±hh:mm`
    /// accepted); nil when it is not one.
    static func parse(_ text: String) -> Int64? {
        KubeTime.parse(text).map { Int64($0.timeIntervalSince1970.rounded(.down)) }
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

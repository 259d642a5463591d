import Foundation

/// The timestamps Kubernetes writes: RFC 3339 in UTC with second precision.
public enum Timestamp {
    /// `date` as `2006-01-02T15:04:05Z`.
    public static func format(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func pad(_ value: Int?, _ width: Int) -> String {
            let text = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))T\(pad(c.hour, 2)):\(pad(c.minute, 2)):\(pad(c.second, 2))Z"
    }
}

/// The wall clock the lifecycle rules read; inject a fixed one in tests.
public typealias WallClock = @Sendable () -> Date

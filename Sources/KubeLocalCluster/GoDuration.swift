/// Durations written as Go's `time.Duration.String()` does for whole seconds (`10s`, `1m20s`,
/// `5m0s`, `1h0m0s`), which kubelet messages embed.
enum GoDuration {
    static func format(seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let hours = total / 3600
        let minutes = total / 60 % 60
        let secs = total % 60
        if hours > 0 { return "\(hours)h\(minutes)m\(secs)s" }
        if minutes > 0 { return "\(minutes)m\(secs)s" }
        return "\(secs)s"
    }
}

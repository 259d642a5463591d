/// Durations in scenario files: a plain number of seconds (`90`, `0.5`) or a number with units,
/// possibly combined (`500ms`, `30s`, `2m`, `1h`, `1m30s`).
enum DurationText {
    private static let units: [(suffix: String, seconds: Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)]

    /// Seconds, or nil when `text` is not a duration.
    static func seconds(_ text: String) -> Double? {
        if let plain = Double(text) { return plain.isFinite ? plain : nil }
        var rest = Substring(text)
        var total = 0.0
        guard !rest.isEmpty else { return nil }
        while !rest.isEmpty {
            let number = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
            guard !number.isEmpty, let value = Double(number) else { return nil }
            rest = rest.dropFirst(number.count)
            let unitText = rest.prefix { $0.isASCII && $0.isLetter }
            guard let unit = units.first(where: { $0.suffix == unitText }) else { return nil }
            rest = rest.dropFirst(unitText.count)
            total += value * unit.seconds
        }
        return total
    }
}

/// Typed, range-checked reads of string-valued configuration entries; every failure names the key
/// (with `keyPrefix`) and the value as given.
struct ConfigValueReader {
    let values: [String: String]
    let keyPrefix: String

    private func fail(_ key: String, _ value: String, _ reason: String) -> AutoscalerSpecError {
        AutoscalerSpecError(key: keyPrefix + key, value: value, reason: reason)
    }

    /// The raw string, trimmed of surrounding whitespace, or nil when absent.
    func string(_ key: String) -> String? {
        values[keyPrefix + key].map { $0.trimmingWhitespace() }
    }

    func double(_ key: String, _ valid: (Double) -> Bool = { _ in true }, _ rule: String = "") throws(AutoscalerSpecError) -> Double? {
        guard let text = string(key) else { return nil }
        guard let value = Double(text), value.isFinite else { throw fail(key, text, "not a number") }
        guard valid(value) else { throw fail(key, text, rule) }
        return value
    }

    func int(_ key: String, _ valid: (Int) -> Bool = { _ in true }, _ rule: String = "") throws(AutoscalerSpecError) -> Int? {
        guard let text = string(key) else { return nil }
        guard let value = Int32(text) else { throw fail(key, text, "not a 32-bit integer") }
        guard valid(Int(value)) else { throw fail(key, text, rule) }
        return Int(value)
    }

    func bool(_ key: String) throws(AutoscalerSpecError) -> Bool? {
        guard let text = string(key) else { return nil }
        switch text {
        case "1", "t", "T", "true", "TRUE", "True": return true
        case "0", "f", "F", "false", "FALSE", "False": return false
        default: throw fail(key, text, "not a boolean (true or false)")
        }
    }

    /// A Go duration in seconds; `wholeSeconds` rejects sub-second precision as Knative does.
    func duration(
        _ key: String, wholeSeconds: Bool = false, _ valid: (Double) -> Bool = { _ in true }, _ rule: String = ""
    ) throws(AutoscalerSpecError) -> Double? {
        guard let text = string(key) else { return nil }
        guard let seconds = GoDuration.seconds(text) else {
            throw fail(key, text, "not a duration (e.g. \"60s\", \"1m30s\")")
        }
        guard valid(seconds) else { throw fail(key, text, rule) }
        if wholeSeconds && seconds.rounded() != seconds {
            throw fail(key, text, "must be specified with at most second precision")
        }
        return seconds
    }

    func `enum`<E: RawRepresentable>(_ key: String, _ type: E.Type) throws(AutoscalerSpecError) -> E? where E.RawValue == String, E: CaseIterable {
        guard let text = string(key) else { return nil }
        guard let value = E(rawValue: text.lowercased()) else {
            let options = E.allCases.map(\.rawValue).joined(separator: ", ")
            throw fail(key, text, "must be one of: \(options)")
        }
        return value
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars.drop { $0.properties.isWhitespace }
        let trimmed = scalars.reversed().drop { $0.properties.isWhitespace }
        return String(String.UnicodeScalarView(trimmed.reversed()))
    }
}

/// Reads typed values out of one mapping of a `ScenarioTree`, remembering the dotted path so every
/// error names the file and the key. Keys that are never read are reported by `rejectUnknownKeys`.
struct TreeReader {
    /// Longest duration a scenario may give anywhere (31 days), so simulated nanoseconds never overflow.
    static let maxSeconds = 31.0 * 24 * 3600
    /// Highest request rate a scenario may give (arrivals of one second are held in memory).
    static let maxRPS = 1_000_000.0

    let file: String
    let path: String
    private let members: [(key: String, value: ScenarioTree)]

    init(_ tree: ScenarioTree, file: String, path: String) throws(ScenarioError) {
        self.file = file
        self.path = path
        guard case .mapping(let members) = tree else {
            throw ScenarioError(file: file, key: path, reason: "expected a mapping of keys to values")
        }
        self.members = members
    }

    func keyPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func error(_ key: String, _ reason: String) -> ScenarioError {
        ScenarioError(file: file, key: keyPath(key), reason: reason)
    }

    func has(_ key: String) -> Bool { members.contains { $0.key == key } }

    func tree(_ key: String) -> ScenarioTree? { members.first { $0.key == key }?.value }

    func child(_ key: String) throws(ScenarioError) -> TreeReader? {
        guard let value = tree(key) else { return nil }
        return try TreeReader(value, file: file, path: keyPath(key))
    }

    func string(_ key: String) throws(ScenarioError) -> String? {
        guard let value = tree(key) else { return nil }
        guard case .scalar(let text) = value else { throw error(key, "expected a single value") }
        return text
    }

    func double(_ key: String, _ valid: (Double) -> Bool = { _ in true }, _ rule: String = "") throws(ScenarioError) -> Double? {
        guard let text = try string(key) else { return nil }
        guard let value = Double(text), value.isFinite else { throw error(key, "expected a number, got '\(text)'") }
        guard valid(value) else { throw error(key, "\(rule), got \(text)") }
        return value
    }

    func int(_ key: String, _ valid: (Int) -> Bool = { _ in true }, _ rule: String = "") throws(ScenarioError) -> Int? {
        guard let text = try string(key) else { return nil }
        guard let value = Int(text) else { throw error(key, "expected a whole number, got '\(text)'") }
        guard valid(value) else { throw error(key, "\(rule), got \(text)") }
        return value
    }

    func seconds(_ key: String, _ valid: (Double) -> Bool = { $0 >= 0 }, _ rule: String = "must not be negative") throws(ScenarioError) -> Double? {
        guard let text = try string(key) else { return nil }
        guard let value = DurationText.seconds(text) else {
            throw error(key, "expected a duration such as 30s, 500ms, 2m or a number of seconds, got '\(text)'")
        }
        guard valid(value) else { throw error(key, "\(rule), got \(text)") }
        guard value <= Self.maxSeconds else { throw error(key, "must be at most 31 days, got \(text)") }
        return value
    }

    /// A request rate: a number in [0, maxRPS].
    func rate(_ key: String) throws(ScenarioError) -> Double? {
        try double(key, { $0 >= 0 && $0 <= Self.maxRPS }, "must be in [0, 1000000] requests per second")
    }

    /// A string-to-string mapping (ConfigMap data, annotations).
    func stringMap(_ key: String) throws(ScenarioError) -> [String: String]? {
        guard let child = try child(key) else { return nil }
        var result: [String: String] = [:]
        for member in child.members {
            guard case .scalar(let text) = member.value else { throw child.error(member.key, "expected a single value") }
            result[member.key] = text
        }
        return result
    }

    /// - Throws: `ScenarioError` for the first key not in `known` (catches typos).
    func rejectUnknownKeys(_ known: Set<String>) throws(ScenarioError) {
        for member in members where !known.contains(member.key) {
            throw error(member.key, "unknown key (expected one of: \(known.sorted().joined(separator: ", ")))")
        }
    }
}

/// A scenario that could not be read: names the file, the key (dotted path) and what was wrong.
public struct ScenarioError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The scenario file (or `<flags>` for command-line overrides).
    public var file: String
    /// Dotted path of the offending key, e.g. `traffic.rps`; empty for the whole document.
    public var key: String
    public var reason: String

    public init(file: String, key: String, reason: String) {
        self.file = file
        self.key = key
        self.reason = reason
    }

    public var description: String { key.isEmpty ? "\(file): \(reason)" : "\(file): \(key): \(reason)" }
}

/// A token file that cannot be used: names the file, the line when one is at fault, and the
/// problem. Never contains a token.
public struct TokenFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var problem: String

    public init(file: String, line: Int?, problem: String) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    public var description: String {
        "token file \(file)\(line.map { " line \($0)" } ?? ""): \(problem)"
    }
}

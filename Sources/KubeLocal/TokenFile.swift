import Foundation

/// A static token file in kube-apiserver's `--token-file` format: one CSV record a line,
/// `token,user,uid[,"group1,group2"]` (a field may be double-quoted, `""` inside quotes is a quote;
/// blank lines are skipped). Every listed user may make every request: the file authenticates,
/// it does not restrict (build a `LocalAccessPolicy` in code for finer rules).
///
/// Guarantees: at least one entry; tokens are non-empty, unique, and free of whitespace and
/// control characters (they travel in an `Authorization` header); user names are non-empty.
/// Neither this type nor its errors ever print a token.
public struct TokenFile: Sendable {
    /// One record: the bearer token and the user it authenticates.
    public struct Entry: Sendable, CustomStringConvertible {
        public var token: String
        public var user: String
        public var uid: String
        public var groups: [String]

        /// The user and groups, never the token.
        public var description: String { "user \"\(user)\" (uid \"\(uid)\", groups \(groups))" }
    }

    /// The records in file order.
    public private(set) var entries: [Entry]

    /// Reads and parses the file at `path`.
    /// - Throws: `TokenFileError` naming the file (and the line) when it cannot be read or a record
    ///   is malformed.
    public init(contentsOf path: String) throws(TokenFileError) {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw TokenFileError(file: path, line: nil, problem: "cannot read it (\(error.localizedDescription))")
        }
        try self.init(parsing: text, file: path)
    }

    /// Parses the text of a token file; `file` names it in errors.
    /// - Throws: `TokenFileError` naming the line of the first malformed record, or the file when
    ///   it holds no record.
    public init(parsing text: String, file: String) throws(TokenFileError) {
        var entries: [Entry] = []
        var lineOfToken: [String: Int] = [:]
        // "\r\n" is one Character in Swift.
        let records = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        for (offset, record) in records.enumerated() {
            let line = offset + 1
            func fail(_ problem: String) -> TokenFileError { TokenFileError(file: file, line: line, problem: problem) }
            if record.allSatisfy(\.isWhitespace) { continue }
            let fields: [String]
            do {
                fields = try CSVRecord.fields(of: record)
            } catch {
                throw fail(error.description)
            }
            guard fields.count >= 3 else {
                throw fail("expected at least 3 columns (token, user name, user uid), found \(fields.count)")
            }
            let token = fields[0]
            guard !token.isEmpty else { throw fail("the token is empty") }
            guard !token.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }) else {
                throw fail("the token contains whitespace or a control character")
            }
            guard !fields[1].isEmpty else { throw fail("the user name is empty") }
            if let first = lineOfToken[token] { throw fail("the token of line \(first) is listed again") }
            lineOfToken[token] = line
            let groups = fields.count > 3 ? fields[3].split(separator: ",").map(String.init) : []
            entries.append(Entry(token: token, user: fields[1], uid: fields[2], groups: groups))
        }
        guard !entries.isEmpty else { throw TokenFileError(file: file, line: nil, problem: "it lists no token") }
        self.entries = entries
    }

    /// The policy that admits every listed token with every verb on every resource.
    public var accessPolicy: LocalAccessPolicy {
        var tokens: [String: LocalAccessPolicy.User] = [:]
        for entry in entries { tokens[entry.token] = .init(name: entry.user, rules: [.everything]) }
        return LocalAccessPolicy(tokens: tokens)
    }
}

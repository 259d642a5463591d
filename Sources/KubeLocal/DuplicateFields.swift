import KubeAPI

/// Finds the members a JSON document repeats within one object — what `fieldValidation=Strict`
/// rejects and `Warn` reports as `duplicate field "spec.replicas"` (the parser keeps the last).
/// Paths name object members with dots and array elements by index (`spec.containers[0].name`).
/// A malformed document yields the duplicates found before the error (the parser reports it).
enum DuplicateFields {
    /// Nesting beyond this is not examined (the parser limits depth itself).
    static let maximumDepth = 512

    static func find(in bytes: [UInt8]) -> [String] {
        var scanner = Scanner(bytes: bytes)
        scanner.value(path: "", depth: 0)
        return scanner.duplicates
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        var duplicates: [String] = []
        /// Set when the document turned out malformed: scanning stops.
        var failed = false

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func skipSpace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }

        mutating func value(path: String, depth: Int) {
            skipSpace()
            guard !failed, index < bytes.count, depth < DuplicateFields.maximumDepth else {
                failed = true
                return
            }
            switch bytes[index] {
            case UInt8(ascii: "{"): object(path: path, depth: depth)
            case UInt8(ascii: "["): array(path: path, depth: depth)
            case UInt8(ascii: "\""): _ = string()
            default:
                while index < bytes.count, !",]} \t\r\n".utf8.contains(bytes[index]) { index += 1 }
            }
        }

        mutating func object(path: String, depth: Int) {
            index += 1
            var seen = Set<String>()
            while !failed {
                skipSpace()
                guard index < bytes.count else { return fail() }
                if bytes[index] == UInt8(ascii: "}") {
                    index += 1
                    return
                }
                guard bytes[index] == UInt8(ascii: "\""), let key = string() else { return fail() }
                let member = path.isEmpty ? key : path + "." + key
                if !seen.insert(key).inserted { duplicates.append(member) }
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return fail() }
                index += 1
                value(path: member, depth: depth + 1)
                skipSpace()
                guard index < bytes.count else { return fail() }
                if bytes[index] == UInt8(ascii: ",") { index += 1 }
            }
        }

        mutating func array(path: String, depth: Int) {
            index += 1
            var element = 0
            while !failed {
                skipSpace()
                guard index < bytes.count else { return fail() }
                if bytes[index] == UInt8(ascii: "]") {
                    index += 1
                    return
                }
                let before = index
                value(path: "\(path)[\(element)]", depth: depth + 1)
                guard index > before else { return fail() }
                element += 1
                skipSpace()
                guard index < bytes.count else { return fail() }
                if bytes[index] == UInt8(ascii: ",") { index += 1 }
            }
        }

        /// Reads a string token at `index` (which holds its opening quote); nil when unterminated.
        mutating func string() -> String? {
            let start = index
            index += 1
            var escaped = false
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    let token = bytes[start..<index]
                    guard token.contains(UInt8(ascii: "\\")) else { return String(decoding: token.dropFirst().dropLast(), as: UTF8.self) }
                    return (try? JSONValue.parse(Array(token)))?.stringValue ?? String(decoding: token, as: UTF8.self)
                }
            }
            return nil
        }

        mutating func fail() { failed = true }
    }
}

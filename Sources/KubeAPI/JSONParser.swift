/// A malformed JSON document: what was wrong and at which byte offset.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var offset: Int
    public var description: String { "invalid JSON at byte \(offset): \(message)" }
}

extension JSONValue {
    /// The deepest nesting accepted, so hostile input cannot exhaust the stack.
    public static let maximumNestingDepth = 1000

    /// Parses one JSON document (RFC 8259) from UTF-8 bytes; whitespace may surround it.
    /// - Throws: `JSONParseError` naming the problem and its byte offset.
    public static func parse(_ bytes: some Collection<UInt8>) throws(JSONParseError) -> JSONValue {
        let result: Result<JSONValue, JSONParseError>? = bytes.withContiguousStorageIfAvailable { buffer in
            var parser = JSONBytesParser(buffer)
            return Result { () throws(JSONParseError) in try parser.parseDocument() }
        }
        if let result { return try result.get() }
        return try parse(Array(bytes))
    }

    /// Parses each span of `bytes` as one value that sits `depth` containers deep in a larger
    /// document (the elements of a list parsed while it streams in), so the nesting limit counts
    /// from the top of the whole document. Whitespace may surround each value. One parser's
    /// scratch stacks serve every span.
    /// - Throws: `JSONParseError` for the first span that is not one valid value, with an offset
    ///   relative to that span.
    static func parseEach(_ spans: ArraySlice<Range<Int>>, of bytes: UnsafeBufferPointer<UInt8>, nestedAt depth: Int)
        throws(JSONParseError) -> [JSONValue]
    {
        var values: [JSONValue] = []
        values.reserveCapacity(spans.count)
        var parser = JSONBytesParser(UnsafeBufferPointer(start: nil, count: 0))
        for span in spans {
            parser.bytes = UnsafeBufferPointer(rebasing: bytes[span])
            parser.index = 0
            parser.depth = depth
            values.append(try parser.parseDocument())
        }
        return values
    }

    /// Parses one JSON document from a string.
    public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        try parse(Array(text.utf8))
    }
}

/// A recursive-descent parser over one contiguous UTF-8 buffer.
///
/// Members and elements are first gathered on two shared stacks (`pendingMembers`,
/// `pendingElements`) and moved into a collection of exactly the right size when their object or
/// array closes, so no dictionary is resized (and rehashed) while it fills and no per-container
/// scratch is allocated.
private struct JSONBytesParser: ~Copyable {
    var bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var depth = 0
    var pendingMembers = JSONPendingStack<(key: String, value: JSONValue)>(capacity: 64)
    var pendingElements = JSONPendingStack<JSONValue>(capacity: 64)

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    func fail(_ message: String) -> JSONParseError { JSONParseError(message: message, offset: index) }

    mutating func parseDocument() throws(JSONParseError) -> JSONValue {
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        guard index == bytes.count else { throw fail("unexpected data after the document") }
        return value
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    mutating func parseValue() throws(JSONParseError) -> JSONValue {
        guard index < bytes.count else { throw fail("unexpected end of input") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw fail("unexpected character '\(Character(Unicode.Scalar(bytes[index])))'")
        }
    }

    mutating func expectLiteral(_ literal: StaticString) throws(JSONParseError) {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw fail("invalid literal") }
        let start = literal.utf8Start
        for i in 0..<count where bytes[index + i] != start[i] { throw fail("invalid literal") }
        index += count
    }

    mutating func enter() throws(JSONParseError) {
        depth += 1
        if depth > JSONValue.maximumNestingDepth { throw fail("nesting deeper than \(JSONValue.maximumNestingDepth)") }
    }

    mutating func parseObject() throws(JSONParseError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .emptyObject
        }
        let first = pendingMembers.count
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw fail("expected a member name") }
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw fail("expected ':'") }
            index += 1
            skipWhitespace()
            pendingMembers.push((key, try parseValue()))
            skipWhitespace()
            guard index < bytes.count else { throw fail("unterminated object") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
            } else if bytes[index] == UInt8(ascii: "}") {
                index += 1
                return .object(takeMembers(from: first))
            } else {
                throw fail("expected ',' or '}'")
            }
        }
    }

    /// Moves the pending members of the object being closed into a dictionary sized for them;
    /// a repeated name keeps its last value.
    mutating func takeMembers(from first: Int) -> [String: JSONValue] {
        var members = [String: JSONValue](minimumCapacity: pendingMembers.count - first)
        pendingMembers.popRun(from: first) { member in members[member.key] = member.value }
        return members
    }

    mutating func parseArray() throws(JSONParseError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array([])
        }
        let first = pendingElements.count
        while true {
            skipWhitespace()
            pendingElements.push(try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw fail("unterminated array") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
            } else if bytes[index] == UInt8(ascii: "]") {
                index += 1
                return .array(pendingElements.popArray(from: first))
            } else {
                throw fail("expected ',' or ']'")
            }
        }
    }

    mutating func parseString() throws(JSONParseError) -> String {
        index += 1
        let start = index
        // Fast path: skip eight plain bytes at a time, then finish byte by byte.
        index = JSONByteScan.firstSpecialWord(in: bytes, from: index)
        while index < bytes.count {
            let b = bytes[index]
            if b == UInt8(ascii: "\"") {
                let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                index += 1
                return s
            }
            if b == UInt8(ascii: "\\") { break }
            if b < 0x20 { throw fail("control character in string") }
            index += 1
        }
        return try parseEscapedString(plainPrefixFrom: start)
    }

    /// The slow path of `parseString`, from the first backslash; `start` is where the string began.
    mutating func parseEscapedString(plainPrefixFrom start: Int) throws(JSONParseError) -> String {
        var out = Array(bytes[start..<index])
        out.reserveCapacity(out.count + 32)
        while index < bytes.count {
            let b = bytes[index]
            if b == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: out, as: UTF8.self)
            }
            if b < 0x20 { throw fail("control character in string") }
            if b != UInt8(ascii: "\\") {
                out.append(b)
                index += 1
                continue
            }
            index += 1
            guard index < bytes.count else { break }
            let e = bytes[index]
            index += 1
            switch e {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"): JSONByteScan.appendUTF8(try parseUnicodeEscape(), to: &out)
            default:
                throw fail("invalid escape")
            }
        }
        throw fail("unterminated string")
    }

    /// The scalar of a `\\uXXXX` escape (the `\\u` already read), joining a surrogate pair; a lone
    /// surrogate becomes U+FFFD.
    mutating func parseUnicodeEscape() throws(JSONParseError) -> UInt32 {
        let scalar = try parseHex4()
        if (0xDC00...0xDFFF).contains(scalar) { return 0xFFFD }
        guard (0xD800...0xDBFF).contains(scalar) else { return scalar }
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
            return 0xFFFD
        }
        index += 2
        let low = try parseHex4()
        guard (0xDC00...0xDFFF).contains(low) else { return 0xFFFD }
        return 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
    }

    mutating func parseHex4() throws(JSONParseError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw fail("truncated \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[index]
            let digit: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - UInt8(ascii: "A") + 10)
            default: throw fail("invalid hex digit in \\u escape")
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    func isDigit(at position: Int) -> Bool {
        position < bytes.count && bytes[position] &- UInt8(ascii: "0") < 10
    }

    mutating func parseNumber() throws(JSONParseError) -> JSONValue {
        let start = index
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        guard isDigit(at: index) else { throw fail("invalid number") }
        // Integers of up to 18 digits cannot overflow and are accumulated directly.
        var magnitude: Int64 = 0
        let digitsStart = index
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            while isDigit(at: index) {
                magnitude = magnitude &* 10 &+ Int64(bytes[index] &- UInt8(ascii: "0"))
                index += 1
            }
        }
        let integerDigits = index - digitsStart
        var isInteger = true
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            let fractionStart = index
            while isDigit(at: index) { index += 1 }
            if index == fractionStart { throw fail("invalid number: no digits after '.'") }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            let exponentStart = index
            while isDigit(at: index) { index += 1 }
            if index == exponentStart { throw fail("invalid number: no digits in exponent") }
        }
        if isInteger && integerDigits <= 18 { return .int(negative ? -magnitude : magnitude) }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        if isInteger, let i = Int64(text) { return .int(i) }
        guard let d = Double(text) else { throw fail("invalid number") }
        return .double(d)
    }
}

import Testing
@testable import KubeAPI

/// The parser's fast paths (word-at-a-time string scan, direct integer accumulation, members
/// gathered on a shared stack) must agree with the plain definition of JSON.
@Suite struct JSONParserTests {
    @Test func repeatedMemberNamesKeepTheLastValue() throws {
        let v = try JSONValue.parse(#"{"a": 1, "b": {"a": 2, "a": 3}, "a": 4}"#)
        #expect(v == ["a": 4, "b": ["a": 3]])
    }

    @Test func nestedContainersKeepTheirOwnMembers() throws {
        let text = #"{"x": [{"k": 1}, [], {}, [[2, {"k": [3]}], 4]], "y": {"z": {"w": []}}, "v": "end"}"#
        let v = try JSONValue.parse(text)
        #expect(v == ["x": [["k": 1], [], [:], [[2, ["k": [3]]], 4]], "y": ["z": ["w": []]], "v": "end"])
    }

    @Test func largeArrayKeepsOrder() throws {
        let text = "[" + (0..<5000).map { #"{"i":\#($0)}"# }.joined(separator: ",") + "]"
        let elements = try #require(try JSONValue.parse(text).arrayValue)
        #expect(elements.count == 5000)
        #expect(elements.enumerated().allSatisfy { $0.element["i"] == .int(Int64($0.offset)) })
    }

    /// Every special byte at every offset within and across the 8-byte words of the fast scan.
    @Test(arguments: 0..<20)
    func specialBytesAtAnyOffset(_ offset: Int) throws {
        let prefix = String(repeating: "a", count: offset)
        #expect(try JSONValue.parse("\"\(prefix)\"") == .string(prefix))
        #expect(try JSONValue.parse("\"\(prefix)\\\"b\"") == .string(prefix + "\"b"))
        #expect(try JSONValue.parse("\"\(prefix)\\\\b\"") == .string(prefix + "\\b"))
        #expect(try JSONValue.parse("\"\(prefix)\\u00e9\\n\"") == .string(prefix + "é\n"))
        #expect(try JSONValue.parse("\"\(prefix)é😀 ~\u{7F}\"") == .string(prefix + "é😀 ~\u{7F}"))
        for control: UInt8 in [0x00, 0x01, 0x0A, 0x1F] {
            let bytes = Array("\"\(prefix)".utf8) + [control] + Array("xyz\"".utf8)
            #expect(throws: JSONParseError.self) { try JSONValue.parse(bytes) }
        }
        #expect(throws: JSONParseError.self) { try JSONValue.parse("\"\(prefix)") }
    }

    @Test func escapesDecode() throws {
        let v = try JSONValue.parse(#""\/\b\f\r\t\ud83d\ude00 \ud83d \ude00 \u0041""#)
        #expect(v == .string("/\u{08}\u{0C}\r\t😀 \u{FFFD} \u{FFFD} A"))
        #expect(throws: JSONParseError.self) { try JSONValue.parse(#""\x""#) }
        #expect(throws: JSONParseError.self) { try JSONValue.parse(#""\u12g4""#) }
    }

    @Test func integersAtTheLimitsStayExact() throws {
        #expect(try JSONValue.parse("0") == .int(0))
        #expect(try JSONValue.parse("-0") == .int(0))
        #expect(try JSONValue.parse("-17") == .int(-17))
        #expect(try JSONValue.parse("999999999999999999") == .int(999_999_999_999_999_999))
        #expect(try JSONValue.parse("9223372036854775807") == .int(.max))
        #expect(try JSONValue.parse("-9223372036854775808") == .int(.min))
        #expect(try JSONValue.parse("9223372036854775808") == .double(9_223_372_036_854_775_808))
        #expect(try JSONValue.parse("[1.5e3,-2E-2,0.25]") == [1500.0, -0.02, 0.25])
    }

    @Test func errorsNameTheOffset() {
        #expect(throws: JSONParseError(message: "expected ',' or '}'", offset: 8)) {
            try JSONValue.parse(#"{"a": 1 x}"#)
        }
        #expect(throws: JSONParseError(message: "control character in string", offset: 10)) {
            try JSONValue.parse("[\"abcdefgh\u{01}\"]")
        }
    }
}

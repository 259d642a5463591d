import Testing

@testable import KubeProtobuf

@Suite struct FormattingTests {
    @Test func rfc3339() {
        #expect(RFC3339.format(seconds: 0, nanos: 0, fractionDigits: 0) == "1970-01-01T00:00:00Z")
        #expect(RFC3339.format(seconds: 1_709_164_800, nanos: 0, fractionDigits: 0) == "2024-02-29T00:00:00Z")
        #expect(RFC3339.format(seconds: 1_700_000_000, nanos: 999_999_999, fractionDigits: 0) == "2023-11-14T22:13:20Z")
        #expect(RFC3339.format(seconds: 1_700_000_000, nanos: 1_500, fractionDigits: 6) == "2023-11-14T22:13:20.000001Z")
        #expect(RFC3339.format(seconds: -1, nanos: 0, fractionDigits: 0) == "1969-12-31T23:59:59Z")
        #expect(RFC3339.format(seconds: 0, nanos: -1_000, fractionDigits: 6) == "1969-12-31T23:59:59.999999Z")
        #expect(RFC3339.format(seconds: 253_402_300_799, nanos: 0, fractionDigits: 0) == "9999-12-31T23:59:59Z")
        #expect(RFC3339.format(seconds: 253_402_300_800, nanos: 0, fractionDigits: 0) == nil)
        #expect(RFC3339.format(seconds: Int64.min, nanos: Int64.min, fractionDigits: 0) == nil)
    }

    @Test func goDurations() {
        let cases: [(Int64, String)] = [
            (0, "0s"), (1, "1ns"), (1_500, "1.5µs"), (100_000_000, "100ms"), (1_000_000_000, "1s"),
            (90_000_000_000, "1m30s"), (3_600_000_000_000, "1h0m0s"), (-2_500_000_000, "-2.5s"),
            (93_784_000_000_005, "26h3m4.000000005s"), (Int64.min, "-2562047h47m16.854775808s"),
        ]
        for (nanoseconds, text) in cases {
            #expect(GoDuration.format(nanoseconds: nanoseconds) == text)
        }
    }

    @Test func base64() {
        #expect(Base64.encode([UInt8]()) == "")
        #expect(Base64.encode(Array("f".utf8)) == "Zg==")
        #expect(Base64.encode(Array("fo".utf8)) == "Zm8=")
        #expect(Base64.encode(Array("foo".utf8)) == "Zm9v")
        #expect(Base64.encode([0xFF, 0xFE, 0xFD, 0x00]) == "//79AA==")
    }

    @Test func durationBuiltinDecodes() throws {
        var writer = ProtobufWriter()
        writer.int(1, 90_000_000_000)
        let table = try MessageTable.shared.get()
        let decoder = MessageDecoder(table: table, bytes: writer.bytes)
        #expect(try decoder.decodeBuiltin(.duration, ranges: [0..<writer.bytes.count], depth: 0) == "1m30s")
        #expect(try decoder.decodeBuiltin(.quantity, ranges: [], depth: 0) == "0")
        #expect(try decoder.decodeBuiltin(.intOrString, ranges: [], depth: 0) == 0)
        #expect(try decoder.decodeBuiltin(.time, ranges: [], depth: 0) == nil)
    }
}

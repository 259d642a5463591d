import KubeClient
import Testing

@Suite("Line framing")
struct LineFramerTests {
    static let lines = [
        #"{"type":"ADDED","object":{"metadata":{"name":"a"}}}"#,
        #"{"type":"MODIFIED","object":{"metadata":{"name":"bé"},"data":{"k":"v\nw"}}}"#,
        #"{"type":"DELETED","object":{}}"#,
    ]
    static let stream = Array(lines.joined(separator: "\n").utf8) + [0x0A]

    func frame(_ chunks: [[UInt8]], maximum: Int = 1 << 20) throws -> [String] {
        var framer = LineFramer(maximumLineLength: maximum)
        var out: [String] = []
        for chunk in chunks {
            try framer.push(chunk) { out.append(String(decoding: $0, as: UTF8.self)) }
        }
        try framer.finish { out.append(String(decoding: $0, as: UTF8.self)) }
        return out
    }

    @Test func oneChunkHoldingManyEvents() throws {
        #expect(try frame([Self.stream]) == Self.lines)
    }

    @Test func everySplitPointInTwoChunks() throws {
        for offset in 0...Self.stream.count {
            let chunks = [Array(Self.stream[..<offset]), Array(Self.stream[offset...])]
            #expect(try frame(chunks) == Self.lines, "split at \(offset)")
        }
    }

    @Test func everyPairOfSplitPointsInThreeChunks() throws {
        let stream = Self.stream
        for first in stride(from: 0, through: stream.count, by: 3) {
            for second in first...stream.count {
                let chunks = [Array(stream[..<first]), Array(stream[first..<second]), Array(stream[second...])]
                #expect(try frame(chunks) == Self.lines)
            }
        }
    }

    @Test func oneByteChunks() throws {
        #expect(try frame(Self.stream.map { [$0] }) == Self.lines)
    }

    @Test func lastLineWithoutNewlineAndCRLFAndBlankLines() throws {
        let text = Array("a\r\n\n  \nb".utf8)
        #expect(try frame([text]) == ["a", "b"])
    }

    @Test func lineLongerThanTheMaximumIsAnError() throws {
        let long = [UInt8](repeating: UInt8(ascii: "x"), count: 100)
        #expect(throws: KubeClientError.self) { try frame([Array(long[..<60]), Array(long[60...])], maximum: 64) }
        #expect(try frame([long + [0x0A]], maximum: 100).count == 1)
    }
}

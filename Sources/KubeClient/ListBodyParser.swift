import Foundation
import KubeAPI
import NIOCore

/// Parses large list responses with the items split across cores: a structural scan finds the
/// top-level `items` array and each element's byte range (strings and escapes respected), the
/// elements are parsed in parallel straight from the received buffer, and the small rest of the
/// document is parsed on its own. The result equals `JSONValue.parse` of the whole body; bodies
/// that are small, or whose structure the scan does not recognise, are parsed in one pass (which
/// also reports any syntax error).
enum ListBodyParser {
    /// Bodies smaller than this are parsed in one pass.
    static let parallelThreshold = 1 << 20
    /// One task per active core.
    static let defaultParallelism = ProcessInfo.processInfo.activeProcessorCount

    static func parse(_ buffer: ByteBuffer, parallelism: Int) async throws -> JSONValue {
        guard parallelism > 1, buffer.readableBytes >= parallelThreshold,
              let layout = buffer.readableBytesView.withContiguousStorageIfAvailable({ ItemsLayout.scan($0) }) ?? nil,
              layout.elements.count >= 2 * parallelism else {
            return try ResponseDecoding.json(buffer)
        }
        let groups = split(layout.elements.count, into: parallelism)
        let items = try await withThrowingTaskGroup(of: (Int, [JSONValue]).self) { group in
            for (index, range) in groups.enumerated() {
                group.addTask {
                    (index, try parseElements(buffer, layout.elements[range]))
                }
            }
            var parts = [[JSONValue]](repeating: [], count: groups.count)
            for try await (index, values) in group { parts[index] = values }
            return parts.flatMap { $0 }
        }
        var shell = Array(buffer.readableBytesView[buffer.readerIndex..<(buffer.readerIndex + layout.arrayStart)])
        shell.append(contentsOf: "[]".utf8)
        shell.append(contentsOf: buffer.readableBytesView[(buffer.readerIndex + layout.arrayEnd + 1)...])
        var document: JSONValue
        do {
            document = try JSONValue.parse(shell)
        } catch {
            return try ResponseDecoding.json(buffer)
        }
        document["items"] = .array(items)
        return document
    }

    static func split(_ count: Int, into parts: Int) -> [Range<Int>] {
        let size = (count + parts - 1) / parts
        return stride(from: 0, to: count, by: size).map { $0..<min(count, $0 + size) }
    }

    static func parseElements(_ buffer: ByteBuffer, _ ranges: ArraySlice<Range<Int>>) throws -> [JSONValue] {
        let result: Result<[JSONValue], JSONParseError>? = buffer.readableBytesView.withContiguousStorageIfAvailable { bytes in
            Result { () throws(JSONParseError) in
                var values: [JSONValue] = []
                values.reserveCapacity(ranges.count)
                for range in ranges { values.append(try JSONValue.parse(UnsafeBufferPointer(rebasing: bytes[range]))) }
                return values
            }
        }
        guard let result else { throw KubeClientError(.decoding, "response buffer is not contiguous") }
        do {
            return try result.get()
        } catch {
            throw KubeClientError(.decoding, "response is not JSON: \(error)")
        }
    }
}

/// Where the top-level `items` array and its elements lie in a JSON document (byte offsets).
struct ItemsLayout: Equatable {
    /// The offset of `[` and of the matching `]`.
    var arrayStart: Int
    var arrayEnd: Int
    /// Each element's range, surrounding whitespace excluded.
    var elements: [Range<Int>]

    /// Scans for `"items": [...]` directly inside the top-level object; nil when not found or when
    /// the brackets do not balance.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> ItemsLayout? {
        var depth = 0
        var index = 0
        var arrayStart: Int?
        var arrayEnd: Int?
        var elements: [Range<Int>] = []
        var elementStart: Int?
        let count = bytes.count
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }
        func nextSignificant(_ from: Int) -> Int {
            var position = from
            while position < count && isSpace(bytes[position]) { position += 1 }
            return position
        }
        while index < count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                let start = index + 1
                index += 1
                while index < count && bytes[index] != UInt8(ascii: "\"") {
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                guard index < count else { return nil }
                if depth == 1, arrayStart == nil, index - start == 5,
                   bytes[start] == UInt8(ascii: "i"), bytes[start + 1] == UInt8(ascii: "t"), bytes[start + 2] == UInt8(ascii: "e"),
                   bytes[start + 3] == UInt8(ascii: "m"), bytes[start + 4] == UInt8(ascii: "s") {
                    let colon = nextSignificant(index + 1)
                    if colon < count && bytes[colon] == UInt8(ascii: ":") {
                        let open = nextSignificant(colon + 1)
                        if open < count && bytes[open] == UInt8(ascii: "[") {
                            arrayStart = open
                            depth = 2
                            index = open
                            let first = nextSignificant(open + 1)
                            if first < count && bytes[first] != UInt8(ascii: "]") { elementStart = first }
                        }
                    }
                }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if depth == 2, byte == UInt8(ascii: "]"), arrayStart != nil, arrayEnd == nil {
                    if let start = elementStart { elements.append(start..<trimEnd(bytes, start, index)) }
                    arrayEnd = index
                    elementStart = nil
                }
                depth -= 1
                if depth < 0 { return nil }
            case UInt8(ascii: ","):
                if depth == 2, arrayStart != nil, arrayEnd == nil, let start = elementStart {
                    elements.append(start..<trimEnd(bytes, start, index))
                    elementStart = nextSignificant(index + 1)
                }
            default:
                break
            }
            index += 1
        }
        guard depth == 0, let arrayStart, let arrayEnd else { return nil }
        return ItemsLayout(arrayStart: arrayStart, arrayEnd: arrayEnd, elements: elements)
    }

    private static func trimEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var position = end
        while position > start {
            let byte = bytes[position - 1]
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { break }
            position -= 1
        }
        return position
    }
}

import Foundation

/// Parses a list document (`{"apiVersion":…,"items":[…],"metadata":…}`) while its bytes arrive:
/// each element of `items` is parsed as soon as its last byte has been appended, so parsing a
/// large list response overlaps its transfer instead of following it.
///
/// `finish()` returns exactly what `JSONValue.parse` returns for the whole document, and throws
/// exactly the error it throws: members other than `items` are parsed at the end, and a document
/// of any other shape (not an object, no `items` array, a repeated `items` member, invalid
/// bytes) is parsed again in full the ordinary way. The received bytes are kept until
/// `finish()` for that reason.
public struct JSONListStreamParser: Sendable {
    /// Completed items are parsed once this many are waiting (and at the end), in a batch large
    /// enough to be split across threads.
    static let batchSize = 64

    private var body: [UInt8] = []
    private var scanner = JSONListScanner()
    private var items: [JSONValue] = []
    /// Spans of items that are complete but not parsed yet.
    private var pending: [Range<Int>] = []
    private let workers: Int
    /// False once an item failed to parse or the shape is not followed: the rest is left to the
    /// whole-document parse.
    private(set) var isStreaming = true

    /// A parser for a body of `expectedByteCount` bytes when known (a `Content-Length`), which
    /// sizes its buffer once; batches of items are parsed on up to `workers` threads at a time.
    public init(expectedByteCount: Int? = nil, workers: Int = min(4, ProcessInfo.processInfo.activeProcessorCount)) {
        if let expectedByteCount, expectedByteCount > 0 { body.reserveCapacity(expectedByteCount) }
        self.workers = max(1, workers)
    }

    /// The number of bytes appended so far.
    public var byteCount: Int { body.count }

    /// Appends the next bytes of the document and parses the items they complete (in batches).
    /// Never throws: errors are reported by `finish()`, where they can be told apart from a
    /// document that is merely not complete yet.
    public mutating func append(_ chunk: UnsafeRawBufferPointer) {
        body.append(contentsOf: chunk)
        guard isStreaming else { return }
        var scanner = self.scanner
        var pending = self.pending
        self.pending = []
        body.withUnsafeBufferPointer { bytes in
            scanner.advance(over: bytes) { span in pending.append(span) }
        }
        self.scanner = scanner
        self.pending = pending
        if scanner.phase == .unsupported {
            stopStreaming()
        } else if pending.count >= Self.batchSize {
            parsePending()
        }
    }

    private mutating func parsePending() {
        let parsed = body.withUnsafeBufferPointer { bytes in
            JSONSpanParsing.parse(pending[...], of: bytes, nestedAt: 2, workers: workers)
        }
        pending.removeAll(keepingCapacity: true)
        guard let parsed else { return stopStreaming() }
        items.append(contentsOf: parsed)
    }

    private mutating func stopStreaming() {
        isStreaming = false
        items = []
        pending = []
    }

    /// The whole document, once every byte has been appended.
    /// - Throws: `JSONParseError`, the same as `JSONValue.parse` on the whole document.
    public consuming func finish() throws(JSONParseError) -> JSONValue {
        if isStreaming && scanner.phase == .closed && !pending.isEmpty { parsePending() }
        guard isStreaming, scanner.phase == .closed, let span = scanner.itemsSpan else {
            return try JSONValue.parse(body)
        }
        var envelope: [UInt8] = []
        envelope.reserveCapacity(body.count - span.count + 2)
        envelope.append(contentsOf: body[..<span.lowerBound])
        envelope.append(contentsOf: [UInt8(ascii: "["), UInt8(ascii: "]")])
        envelope.append(contentsOf: body[span.upperBound...])
        guard var document = try? JSONValue.parse(envelope) else { return try JSONValue.parse(body) }
        document["items"] = .array(items)
        return document
    }
}

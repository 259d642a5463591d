/// Parses a list document (`{"apiVersion":…,"items":[…],"metadata":…}`) while its bytes arrive:
/// each element of `items` is parsed as soon as its last byte has been appended, so parsing a
/// large list response overlaps its transfer instead of following it.
///
/// `finish()` returns exactly what `JSONValue.parse` returns for the whole document, and throws
/// exactly the error it throws: members other than `items` are parsed at the end, and a document
/// of any other shape (not an object, no `items` array, a repeated or escaped `items` name,
/// invalid bytes) is parsed again in full the ordinary way. The received bytes are kept until
/// `finish()` for that reason.
public struct JSONListStreamParser: Sendable {
    private var body: [UInt8] = []
    private var scanner = JSONListScanner()
    private var items: [JSONValue] = []
    /// False once an item failed to parse: the rest is left to the whole-document parse.
    private var streaming = true

    /// A parser for a body of `expectedByteCount` bytes when known (a `Content-Length`), which
    /// sizes its buffer once.
    public init(expectedByteCount: Int? = nil) {
        if let expectedByteCount, expectedByteCount > 0 { body.reserveCapacity(expectedByteCount) }
    }

    /// The number of bytes appended so far.
    public var byteCount: Int { body.count }

    /// Appends the next bytes of the document and parses every item they complete. Never throws:
    /// errors are reported by `finish()`, where they can be told apart from a document that is
    /// merely not complete yet.
    public mutating func append(_ chunk: UnsafeRawBufferPointer) {
        body.append(contentsOf: chunk)
        guard streaming else { return }
        var scanner = self.scanner
        var items = self.items
        self.items = []
        var failed = false
        body.withUnsafeBufferPointer { bytes in
            scanner.advance(over: bytes) { span in
                guard !failed else { return }
                do {
                    items.append(try JSONValue.parse(nestedAt: 2, UnsafeBufferPointer(rebasing: bytes[span])))
                } catch {
                    failed = true
                }
            }
        }
        if failed || scanner.phase == .unsupported {
            streaming = false
            self.items = []
        } else {
            self.scanner = scanner
            self.items = items
        }
    }

    /// The whole document, once every byte has been appended.
    /// - Throws: `JSONParseError`, the same as `JSONValue.parse` on the whole document.
    public consuming func finish() throws(JSONParseError) -> JSONValue {
        guard streaming, scanner.phase == .closed, let span = scanner.itemsSpan else {
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

/// Follows the top level of a list document (`{"apiVersion":…,"items":[…],…}`) as its bytes
/// arrive and reports the span of each element of `items` as soon as the element is complete.
///
/// It checks only the structure it walks (braces, member names, the punctuation between members
/// and between items); member values and items are checked by the parser they are handed to.
/// Anything it does not expect — a document that is not an object, a repeated `items` member,
/// `items` that is not an array, a member name longer than 256 bytes — ends the scan with
/// `.unsupported`: the caller then parses the whole document the ordinary way, which gives the
/// same value or the same error.
struct JSONListScanner: Sendable {
    enum Phase: Sendable, Equatable {
        /// Before the opening brace.
        case start
        /// Expecting a member name (or `}` right after the opening brace).
        case memberName(first: Bool)
        /// After a member name, expecting `:`.
        case colon(isItems: Bool)
        /// After `:`, expecting the member's value.
        case memberValue(isItems: Bool)
        /// Inside a member value other than `items`.
        case skippingMember
        /// After a member value, expecting `,` or `}`.
        case afterMember
        /// After `[` of `items` (`first`) or after `,` between items, expecting an element (or `]`
        /// right after the `[`).
        case itemsOpen(first: Bool)
        /// Inside an element of `items` that started at `start`.
        case item(start: Int)
        /// After an element, expecting `,` or `]`.
        case afterItem
        /// After the closing brace of the document.
        case closed
        /// The document has a shape this scanner does not follow.
        case unsupported
    }

    private(set) var phase = Phase.start
    /// Where the scan resumes.
    private(set) var index = 0
    /// The span of the `items` array, brackets included, once it is closed.
    private(set) var itemsSpan: Range<Int>?
    private var itemsStart = 0
    private var skipper = JSONValueSkipper()

    /// The longest member name followed before giving up, so a huge name cannot make the scan
    /// restart from its beginning for every chunk.
    private static let longestMemberName = 256

    /// Scans `bytes` (everything received so far; earlier bytes unchanged) from where the last
    /// call stopped, calling `element` with the span of each completed item in order.
    mutating func advance(over bytes: UnsafeBufferPointer<UInt8>, element: (Range<Int>) -> Void) {
        while true {
            switch phase {
            case .closed, .unsupported:
                return
            case .item(let start):
                guard let end = skipper.end(in: bytes, from: &index) else { return }
                element(start..<end)
                phase = .afterItem
                continue
            case .skippingMember:
                guard skipper.end(in: bytes, from: &index) != nil else { return }
                phase = .afterMember
                continue
            default:
                break
            }
            skipWhitespace(bytes)
            guard index < bytes.count else { return }
            let byte = bytes[index]
            switch phase {
            case .start:
                guard byte == UInt8(ascii: "{") else { return unsupported() }
                index += 1
                phase = .memberName(first: true)
            case .memberName(let first):
                if first && byte == UInt8(ascii: "}") {
                    index += 1
                    phase = .closed
                    continue
                }
                guard byte == UInt8(ascii: "\"") else { return unsupported() }
                switch memberName(bytes) {
                case .incomplete: return
                case .unsupported: return unsupported()
                case .name(let isItems):
                    // A repeated `items` would replace the first one.
                    if isItems && itemsSpan != nil { return unsupported() }
                    phase = .colon(isItems: isItems)
                }
            case .colon(let isItems):
                guard byte == UInt8(ascii: ":") else { return unsupported() }
                index += 1
                phase = .memberValue(isItems: isItems)
            case .memberValue(let isItems):
                if isItems {
                    guard byte == UInt8(ascii: "[") else { return unsupported() }
                    itemsStart = index
                    index += 1
                    phase = .itemsOpen(first: true)
                } else {
                    skipper = JSONValueSkipper()
                    phase = .skippingMember
                }
            case .afterMember:
                index += 1
                switch byte {
                case UInt8(ascii: ","): phase = .memberName(first: false)
                case UInt8(ascii: "}"): phase = .closed
                default: return unsupported()
                }
            case .itemsOpen(let first):
                if byte != UInt8(ascii: "]") {
                    startItem()
                } else if first {
                    index += 1
                    closeItems()
                } else {
                    return unsupported()
                }
            case .afterItem:
                index += 1
                switch byte {
                case UInt8(ascii: ","): phase = .itemsOpen(first: false)
                case UInt8(ascii: "]"): closeItems()
                default: return unsupported()
                }
            case .item, .skippingMember, .closed, .unsupported:
                return
            }
        }
    }

    private mutating func unsupported() {
        phase = .unsupported
    }

    private mutating func startItem() {
        skipper = JSONValueSkipper()
        phase = .item(start: index)
    }

    private mutating func closeItems() {
        itemsSpan = itemsStart..<index
        phase = .afterMember
    }

    private mutating func skipWhitespace(_ bytes: UnsafeBufferPointer<UInt8>) {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private enum MemberName {
        case name(isItems: Bool)
        /// The closing quote has not arrived yet.
        case incomplete
        /// An escaped or very long name.
        case unsupported
    }

    /// Reads a member name starting at its opening quote; `index` moves past it only when it is
    /// complete. A name with escapes is decoded by the parser, so `"\u0069tems"` is `items` too.
    private mutating func memberName(_ bytes: UnsafeBufferPointer<UInt8>) -> MemberName {
        var end = index + 1
        var hasEscapes = false
        while end < bytes.count {
            switch bytes[end] {
            case UInt8(ascii: "\""):
                let isItems: Bool
                if hasEscapes {
                    guard case .string(let name)? = try? JSONValue.parseEach([index..<end + 1], of: bytes, nestedAt: 1).first
                    else { return .unsupported }
                    isItems = name == "items"
                } else {
                    isItems = end - index - 1 == 5
                        && bytes[index + 1] == UInt8(ascii: "i") && bytes[index + 2] == UInt8(ascii: "t")
                        && bytes[index + 3] == UInt8(ascii: "e") && bytes[index + 4] == UInt8(ascii: "m")
                        && bytes[index + 5] == UInt8(ascii: "s")
                }
                index = end + 1
                return .name(isItems: isItems)
            case UInt8(ascii: "\\"):
                hasEscapes = true
                end += 2
            default:
                end += 1
            }
            if end - index > Self.longestMemberName { return .unsupported }
        }
        return .incomplete
    }
}

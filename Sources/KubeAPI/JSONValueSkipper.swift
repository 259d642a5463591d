/// Finds where one JSON value ends without building it, and can resume when its bytes arrive in
/// pieces: the state between calls is the nesting depth and whether the scan is inside a string.
///
/// It only balances brackets and quotes; it does not validate. The streaming list parser hands
/// every span it finds to `JSONValue.parse`, which rejects whatever is not one valid value.
struct JSONValueSkipper: Sendable {
    private enum Mode: Sendable {
        /// Before the first byte of the value.
        case start
        /// Inside brackets (`depth` open) or a top-level string (`depth` 0).
        case nested
        /// A number or literal, which ends at the first delimiter.
        case scalar
    }

    private var mode = Mode.start
    private var depth = 0
    private var inString = false
    private var escaped = false

    /// Advances from `index` (the value's first byte, or where the previous call stopped) and
    /// returns the offset just past the value, or nil when `bytes` ends first; then `index` is
    /// where to resume once more bytes are available.
    mutating func end(in bytes: UnsafeBufferPointer<UInt8>, from index: inout Int) -> Int? {
        if case .start = mode {
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "\""): mode = .nested
            default: mode = .scalar
            }
        }
        if case .scalar = mode {
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x0A, 0x0D, 0x09: return index
                default: index += 1
                }
            }
            return nil
        }
        while index < bytes.count {
            if inString {
                if escaped {
                    escaped = false
                    index += 1
                    continue
                }
                index = JSONByteScan.firstQuoteOrBackslash(in: bytes, from: index)
                guard index < bytes.count else { return nil }
                if bytes[index] == UInt8(ascii: "\\") {
                    escaped = true
                    index += 1
                    continue
                }
                index += 1
                inString = false
                if depth == 0 { return index }
                continue
            }
            let b = bytes[index]
            index += 1
            switch b {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth <= 0 { return index }
            default: break
            }
        }
        return nil
    }
}

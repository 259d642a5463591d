/// Byte-level helpers for the JSON parser: a word-at-a-time scan over plain string bytes and UTF-8
/// encoding of escaped scalars.
enum JSONByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether any byte of `word` is zero.
    @inline(__always)
    private static func hasZeroByte(_ word: UInt64) -> Bool {
        (word &- ones) & ~word & highBits != 0
    }

    /// Whether any byte of `word` is a quote, a backslash or a control character (below 0x20):
    /// the bytes that end the plain run of a JSON string.
    @inline(__always)
    static func hasSpecialByte(_ word: UInt64) -> Bool {
        let controls = (word &- 0x20 &* ones) & ~word & highBits
        return controls != 0 || hasZeroByte(word ^ (0x22 &* ones)) || hasZeroByte(word ^ (0x5C &* ones))
    }

    /// The offset of the first quote or backslash at or after `start`, or `bytes.count`: where a
    /// scan that only balances strings (not validating them) must look next.
    @inline(__always)
    static func firstQuoteOrBackslash(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if hasZeroByte(word ^ (0x22 &* ones)) || hasZeroByte(word ^ (0x5C &* ones)) { break }
                index += 8
            }
        }
        while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\") {
            index += 1
        }
        return index
    }

    /// The first offset at or after `start` where an 8-byte word holding a special byte begins,
    /// or where fewer than 8 bytes remain. Every byte before the result is plain.
    static func firstSpecialWord(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let raw = UnsafeRawPointer(base)
        var index = start
        while index + 8 <= bytes.count {
            if hasSpecialByte(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) { return index }
            index += 8
        }
        return index
    }

    /// Appends the UTF-8 encoding of a scalar value (U+FFFD when it is not a valid scalar).
    static func appendUTF8(_ value: UInt32, to out: inout [UInt8]) {
        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
        out.append(contentsOf: String(scalar).utf8)
    }
}

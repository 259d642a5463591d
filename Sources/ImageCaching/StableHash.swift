/// FNV-1a (64-bit): a hash that is the same in every process and on every machine, for object
/// names and change detection (Swift's `Hasher` is seeded per process).
enum StableHash {
    static func fnv1a64(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The first `length` lowercase hexadecimal digits of the hash of `text`.
    static func hex(_ text: String, length: Int = 10) -> String {
        let digits = String(fnv1a64(text.utf8), radix: 16)
        return String((String(repeating: "0", count: 16 - digits.count) + digits).prefix(length))
    }
}

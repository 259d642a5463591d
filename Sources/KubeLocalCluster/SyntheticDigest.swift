import ControllerRuntime

/// Deterministic stand-ins for content digests and container ids: 64 hex digits derived from a
/// string (FNV-1a seeding `SplitMix64`). Stable across runs and machines; not a real SHA-256.
enum SyntheticDigest {
    static func hex64(of text: String) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        var generator = SplitMix64(seed: hash)
        var digits = ""
        for _ in 0..<4 {
            let word = String(generator.next(), radix: 16)
            digits += String(repeating: "0", count: 16 - word.count) + word
        }
        return digits
    }
}

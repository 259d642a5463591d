import Synchronization

/// Generates object uids (random UUIDs, version 4) and `generateName` suffixes (five characters
/// from the real server's alphabet, which has no vowels and no confusable digits) from one
/// seeded generator. Thread-safe.
final class IdentityGenerator: Sendable {
    static let suffixAlphabet = Array("bcdfghjklmnpqrstvwxz2456789")

    private let rng: Mutex<SplitMix64>

    /// A generator seeded with `seed`, or from the system's entropy when `nil`.
    init(seed: UInt64?) {
        var system = SystemRandomNumberGenerator()
        rng = Mutex(SplitMix64(seed: seed ?? system.next()))
    }

    /// A random lowercase RFC 4122 version-4 UUID string.
    func uid() -> String {
        let (a, b) = rng.withLock { ($0.next(), $0.next()) }
        var bytes = withUnsafeBytes(of: a.bigEndian) { Array($0) } + withUnsafeBytes(of: b.bigEndian) { Array($0) }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { byte -> String in
            let s = String(byte, radix: 16)
            return s.count == 1 ? "0" + s : s
        }.joined()
        let h = Array(hex)
        return String(h[0..<8]) + "-" + String(h[8..<12]) + "-" + String(h[12..<16]) + "-" + String(h[16..<20]) + "-"
            + String(h[20..<32])
    }

    /// A random suffix of `length` characters for `generateName`.
    func nameSuffix(length: Int = 5) -> String {
        rng.withLock { g in
            String((0..<length).map { _ in Self.suffixAlphabet[Int(g.next() % UInt64(Self.suffixAlphabet.count))] })
        }
    }
}

import Synchronization
import ThawDeterminism

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
        let hex = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(36)
        for (i, byte) in bytes.enumerated() {
            if i == 4 || i == 6 || i == 8 || i == 10 { out.append(UInt8(ascii: "-")) }
            out.append(hex[Int(byte >> 4)])
            out.append(hex[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A random suffix of `length` characters for `generateName`.
    func nameSuffix(length: Int = 5) -> String {
        rng.withLock { g in
            String((0..<length).map { _ in Self.suffixAlphabet[Int(g.next() % UInt64(Self.suffixAlphabet.count))] })
        }
    }
}

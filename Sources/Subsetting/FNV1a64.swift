/// The 64-bit FNV-1a hash (offset basis 0xcbf29ce484222325, prime 0x100000001b3), as Go's
/// `hash/fnv.New64a` computes it. Pure and allocation-free for byte sequences.
public struct FNV1a64: Sendable {
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime: UInt64 = 0x100_0000_01b3

    public private(set) var value: UInt64 = FNV1a64.offsetBasis

    public init() {}

    public mutating func combine(_ bytes: UnsafeBufferPointer<UInt8>) {
        var h = value
        for byte in bytes {
            h = (h ^ UInt64(byte)) &* FNV1a64.prime
        }
        value = h
    }

    public mutating func combine(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { combine($0) }
    }

    public mutating func combine(_ text: String.UTF8View) {
        var h = value
        for byte in text {
            h = (h ^ UInt64(byte)) &* FNV1a64.prime
        }
        value = h
    }

    /// The hash of the UTF-8 bytes of `strings` written one after another.
    public static func hash(_ strings: String...) -> UInt64 {
        var hasher = FNV1a64()
        for string in strings { hasher.combine(string.utf8) }
        return hasher.value
    }
}

/// The 64-bit FNV-1a hash (offset basis 0xcbf29ce484222325, prime 0x100000001b3), as Go's
/// `hash/fnv.New64a` computes it: a stable hash for names, ids and change detection, where
/// Swift's `Hasher` (seeded per process) cannot be used.
///
/// Contract: the value depends only on the bytes combined, in order, and is the same in every
/// process and on every platform; combining byte runs one after another equals combining their
/// concatenation. Allocation-free. Not cryptographically secure.
public struct FNV1a64: Sendable, Hashable {
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime: UInt64 = 0x100_0000_01b3

    @usableFromInline var state: UInt64

    /// The hash of everything combined so far (the offset basis for nothing).
    @inlinable public var value: UInt64 { state }

    @inlinable public init() { state = FNV1a64.offsetBasis }

    @inlinable public mutating func combine(_ bytes: UnsafeBufferPointer<UInt8>) {
        var h = state
        for byte in bytes { h = (h ^ UInt64(byte)) &* FNV1a64.prime }
        state = h
    }

    @inlinable public mutating func combine(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { combine($0) }
    }

    @inlinable public mutating func combine(_ text: String.UTF8View) {
        var h = state
        for byte in text { h = (h ^ UInt64(byte)) &* FNV1a64.prime }
        state = h
    }

    /// The hash of the UTF-8 bytes of `strings` written one after another.
    @inlinable public static func hash(_ strings: String...) -> UInt64 {
        var hasher = FNV1a64()
        for string in strings { hasher.combine(string.utf8) }
        return hasher.value
    }

    /// The hash of `bytes`.
    @inlinable public static func hash(bytes: [UInt8]) -> UInt64 {
        var hasher = FNV1a64()
        hasher.combine(bytes)
        return hasher.value
    }
}

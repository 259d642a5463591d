/// SplitMix64 (Steele, Lea and Flood, 2014): a small, fast, seeded `RandomNumberGenerator`.
///
/// Contract: the same seed yields the same sequence of `next()` values in every process, on
/// every platform and in every build (the algorithm and its constants are fixed; changing them
/// changes golden test outputs and the names and uids derived from seeds). A value type: copying
/// it forks the sequence. Not cryptographically secure.
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
    /// The golden-ratio increment added to the state before each output.
    public static let increment: UInt64 = 0x9E37_79B9_7F4A_7C15

    @usableFromInline var state: UInt64

    @inlinable public init(seed: UInt64) { state = seed }

    @inlinable public mutating func next() -> UInt64 {
        state &+= Self.increment
        return Self.mix(state)
    }

    /// A uniform double in [0, 1) from the top 53 bits of `next()`.
    @inlinable public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// The SplitMix64 finaliser: a fixed bijective 64-bit mixer, also used to combine hashes.
    @inlinable public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

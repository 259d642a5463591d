import ThawDeterminism

/// Deterministic stand-ins for content digests and container ids: 64 hex digits derived from a
/// string (FNV-1a seeding `SplitMix64`). Stable across runs and machines; not a real SHA-256.
enum SyntheticDigest {
    static func hex64(of text: String) -> String {
        var generator = SplitMix64(seed: FNV1a64.hash(text))
        return (0..<4).map { _ in generator.next().hexDigits() }.joined()
    }
}

import ThawDeterminism

/// Short stable names: hexadecimal prefixes of the FNV-1a hash, the same in every process and
/// on every machine (Swift's `Hasher` is seeded per process), for object names and change
/// detection.
enum StableHash {
    /// The first `length` (at most 16) lowercase hexadecimal digits of the hash of `text`.
    static func hex(_ text: String, length: Int = 10) -> String {
        String(FNV1a64.hash(text).hexDigits().prefix(length))
    }
}

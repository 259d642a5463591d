import Testing
@testable import KubeAPI
import ThawDeterminism

@Suite struct YAMLRoundTripPropertyTests {
    static let pieces: [String] = [
        "a", "b", "Z", "word", " ", " ", "  ", ":", ": ", "#", " #", "-", "- ", "?", "'", "\"", "\n", "\n\n", "\t", ",",
        "[", "]", "{", "}", "&", "*", "!", "|", ">", "%", "@", "`", ".", "_", "é", "😀", "\u{85}", "\u{2028}", "\r",
        "\\", "yes", "No", "null", "~", "1e3", "0x1F", "0o7", "2024-01-02", "1:30", "12", "-3", ".5", "---", "...",
        "<<", "=", "\u{0}", "\u{7F}", "\u{A0}",
    ]

    static func string(_ rng: inout SplitMix64, maxPieces: Int) -> String {
        let count = Int.random(in: 0...maxPieces, using: &rng)
        return (0..<count).map { _ in pieces.randomElement(using: &rng) ?? "" }.joined()
    }

    static func value(_ rng: inout SplitMix64, depth: Int) -> JSONValue {
        switch Int.random(in: 0..<(depth > 3 ? 6 : 9), using: &rng) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &rng))
        case 2: return .int(Int64.random(in: -1_000_000...1_000_000, using: &rng))
        case 3: return .double(Double(Int.random(in: -100_000...100_000, using: &rng)) + 0.25)
        case 4, 5: return .string(string(&rng, maxPieces: 40))
        case 6, 7:
            var members: [String: JSONValue] = [:]
            for _ in 0..<Int.random(in: 0...5, using: &rng) {
                members[string(&rng, maxPieces: 6)] = value(&rng, depth: depth + 1)
            }
            return .object(members)
        default:
            return .array((0..<Int.random(in: 0...4, using: &rng)).map { _ in value(&rng, depth: depth + 1) })
        }
    }

    @Test func randomDocumentsReadBackUnchanged() throws {
        var rng = SplitMix64(seed: 20_261_123)
        for _ in 0..<400 {
            // Documents are objects, as Kubernetes objects are (a bare `null` document reads as no document).
            let document: JSONValue = ["root": Self.value(&rng, depth: 0)]
            let yaml = document.yamlString
            let parsed = try? JSONValue.parseYAML(yaml)
            #expect(parsed == document, "\(document.jsonString)\n---\n\(yaml)")
            if parsed != document { break }
        }
    }
}

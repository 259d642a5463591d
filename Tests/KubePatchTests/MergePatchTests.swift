import KubeAPI
import Testing
@testable import KubePatch

@Suite("JSON merge patch (RFC 7386)")
struct MergePatchTests {
    /// The test cases of RFC 7386 Appendix A: original, patch, result.
    static let rfcExamples: [(String, String, String)] = [
        (#"{"a":"b"}"#, #"{"a":"c"}"#, #"{"a":"c"}"#),
        (#"{"a":"b"}"#, #"{"b":"c"}"#, #"{"a":"b","b":"c"}"#),
        (#"{"a":"b"}"#, #"{"a":null}"#, #"{}"#),
        (#"{"a":"b","b":"c"}"#, #"{"a":null}"#, #"{"b":"c"}"#),
        (#"{"a":["b"]}"#, #"{"a":"c"}"#, #"{"a":"c"}"#),
        (#"{"a":"c"}"#, #"{"a":["b"]}"#, #"{"a":["b"]}"#),
        (#"{"a":{"b":"c"}}"#, #"{"a":{"b":"d","c":null}}"#, #"{"a":{"b":"d"}}"#),
        (#"{"a":[{"b":"c"}]}"#, #"{"a":[1]}"#, #"{"a":[1]}"#),
        (#"["a","b"]"#, #"["c","d"]"#, #"["c","d"]"#),
        (#"{"a":"b"}"#, #"["c"]"#, #"["c"]"#),
        (#"{"a":"foo"}"#, #"null"#, #"null"#),
        (#"{"a":"foo"}"#, #""bar""#, #""bar""#),
        (#"{"e":null}"#, #"{"a":1}"#, #"{"e":null,"a":1}"#),
        (#"[1,2]"#, #"{"a":"b","c":null}"#, #"{"a":"b"}"#),
        (#"{}"#, #"{"a":{"bb":{"ccc":null}}}"#, #"{"a":{"bb":{}}}"#),
    ]

    @Test("RFC 7386 appendix A", arguments: rfcExamples.indices)
    func rfcExample(index: Int) throws {
        let (original, patch, result) = Self.rfcExamples[index]
        #expect(MergePatch.apply(try json(patch), to: try json(original)) == (try json(result)))
    }

    @Test func nullsInsideArraysOfObjectsArePrunedAsOnTheRealServer() throws {
        #expect(MergePatch.apply(try json(#"{"a":[{"b":null,"c":1},null]}"#), to: .emptyObject) == (try json(#"{"a":[{"c":1},null]}"#)))
    }

    @Test func createGivesMinimalPatchThatReproducesTheTarget() throws {
        let original = try json(#"{"a":1,"b":{"c":2,"d":3},"e":[1,2],"f":"x"}"#)
        let modified = try json(#"{"a":1,"b":{"c":5,"d":3},"e":[1],"g":true}"#)
        let patch = MergePatch.create(from: original, to: modified)
        #expect(patch == (try json(#"{"b":{"c":5},"e":[1],"f":null,"g":true}"#)))
        #expect(MergePatch.apply(patch, to: original) == modified)
    }

    @Test func createOfEqualDocumentsIsEmpty() throws {
        let doc = try json(#"{"a":{"b":[1,{"c":2}]}}"#)
        #expect(MergePatch.create(from: doc, to: doc) == .emptyObject)
    }
}

import Testing
import ThawDeterminism
@testable import KubeAPI

/// `JSONListStreamParser` must give exactly what `JSONValue.parse` gives for the whole document
/// (the same value or the same error), however the bytes are split into chunks.
@Suite struct JSONListStreamParserTests {
    /// Feeds `bytes` in chunks whose sizes are drawn from `sizes` in turn.
    static func streamed(_ bytes: [UInt8], chunkSizes sizes: [Int], workers: Int = 2) -> Result<JSONValue, JSONParseError> {
        streamedParser(bytes, chunkSizes: sizes, workers: workers).1
    }

    /// The parser after the last chunk (to see whether it kept streaming) and its result.
    static func streamedParser(_ bytes: [UInt8], chunkSizes sizes: [Int], workers: Int)
        -> (JSONListStreamParser, Result<JSONValue, JSONParseError>)
    {
        var parser = JSONListStreamParser(expectedByteCount: bytes.count, workers: workers)
        bytes.withUnsafeBytes { all in
            var offset = 0
            var turn = 0
            while offset < all.count {
                let end = min(all.count, offset + max(1, sizes[turn % sizes.count]))
                parser.append(UnsafeRawBufferPointer(rebasing: all[offset..<end]))
                offset = end
                turn += 1
            }
        }
        let final = parser
        return (final, Result { () throws(JSONParseError) in try parser.finish() })
    }

    static func whole(_ bytes: [UInt8]) -> Result<JSONValue, JSONParseError> {
        Result { () throws(JSONParseError) in try JSONValue.parse(bytes) }
    }

    /// Checks the streamed result against the whole-document parse for several chunkings.
    static func expectSameAsWhole(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let bytes = Array(text.utf8)
        let expected = whole(bytes)
        for sizes in [[1], [2], [3, 7], [64], [bytes.count + 1]] {
            #expect(streamed(bytes, chunkSizes: sizes) == expected, "chunks \(sizes): \(text)", sourceLocation: sourceLocation)
        }
    }

    static func list(_ rng: inout SplitMix64) -> JSONValue {
        var members: [String: JSONValue] = [
            "apiVersion": "v1", "kind": "ConfigMapList",
            "metadata": ["resourceVersion": .string(String(Int.random(in: 1...99_999, using: &rng)))],
        ]
        members["items"] = .array((0..<Int.random(in: 0...12, using: &rng)).map { _ in
            Int.random(in: 0..<4, using: &rng) == 0
                ? YAMLRoundTripPropertyTests.value(&rng, depth: 0)
                : ["metadata": ["name": .string(YAMLRoundTripPropertyTests.string(&rng, maxPieces: 8))],
                   "data": YAMLRoundTripPropertyTests.value(&rng, depth: 1)]
        })
        for _ in 0..<Int.random(in: 0...2, using: &rng) {
            members[YAMLRoundTripPropertyTests.string(&rng, maxPieces: 3)] = YAMLRoundTripPropertyTests.value(&rng, depth: 1)
        }
        return .object(members)
    }

    /// Lists long enough to be parsed in batches, split across one to three threads.
    @Test(arguments: [1, 2, 3])
    func longListsParseInBatchesAcrossThreads(_ workers: Int) throws {
        var rng = SplitMix64(seed: UInt64(workers))
        var document = Self.list(&rng)
        document["items"] = .array((0..<1_000).map { index in
            ["metadata": ["name": .string("item-\(index)")], "data": YAMLRoundTripPropertyTests.value(&rng, depth: 1)]
        })
        let bytes = Array(document.jsonString.utf8)
        let (parser, result) = Self.streamedParser(bytes, chunkSizes: [997, 4_096, 65_536], workers: workers)
        let followed = parser.isStreaming
        #expect(followed)
        #expect(try result.get() == document)
        // Break one item in the middle of a batch: the error is the whole-document one.
        let marker = Array(#""item-700""#.utf8)
        let at = try #require((0...(bytes.count - marker.count)).first { bytes[$0..<$0 + marker.count].elementsEqual(marker) })
        var broken = bytes
        broken[at] = UInt8(ascii: "x")
        #expect(Self.streamed(broken, chunkSizes: [4_096], workers: workers) == Self.whole(broken))
    }

    @Test func randomListsParseAsTheWholeDocumentDoes() {
        var rng = SplitMix64(seed: 20_261_123)
        for round in 0..<300 {
            let document = Self.list(&rng)
            let text = round % 2 == 0 ? document.jsonString : document.prettyJSONString()
            let bytes = Array(text.utf8)
            let sizes = (0..<3).map { _ in Int.random(in: 1...40, using: &rng) }
            let (parser, streamed) = Self.streamedParser(bytes, chunkSizes: sizes, workers: 2)
            let followed = parser.isStreaming
            #expect(followed, "the scanner follows every list: \(text)")
            #expect(streamed == .success(document), "chunks \(sizes): \(text)")
            if streamed != .success(document) { break }
        }
    }

    /// Truncated, corrupted and extended documents give the whole-document result or error.
    @Test func damagedListsFailAsTheWholeDocumentDoes() {
        var rng = SplitMix64(seed: 7_031_999)
        let damage: [UInt8] = Array(#"{}[],:"\ x0-"#.utf8) + [0x01]
        for _ in 0..<400 {
            var bytes = Array(Self.list(&rng).jsonString.utf8)
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: bytes.removeLast(Int.random(in: 1...bytes.count, using: &rng))
            case 1: bytes[Int.random(in: 0..<bytes.count, using: &rng)] = damage.randomElement(using: &rng) ?? 0
            case 2: bytes.insert(damage.randomElement(using: &rng) ?? 0, at: Int.random(in: 0...bytes.count, using: &rng))
            default: bytes.remove(at: Int.random(in: 0..<bytes.count, using: &rng))
            }
            let sizes = [Int.random(in: 1...30, using: &rng)]
            let expected = Self.whole(bytes)
            let streamed = Self.streamed(bytes, chunkSizes: sizes)
            #expect(streamed == expected, "chunks \(sizes): \(String(decoding: bytes, as: UTF8.self))")
            if streamed != expected { break }
        }
    }

    @Test func shapesTheScannerDoesNotFollowStillParse() {
        Self.expectSameAsWhole(#"{"items": [{"a": 1}], "items": [{"b": 2}]}"#)
        Self.expectSameAsWhole(#"{"\u0069tems": [1], "items": [2]}"#)
        Self.expectSameAsWhole(#"{"items": [1], "\u0069tems": [2]}"#)
        Self.expectSameAsWhole(#"{"items": {"a": [1]}, "kind": "List"}"#)
        Self.expectSameAsWhole(#"{"items": null}"#)
        Self.expectSameAsWhole(#"[{"items": [1]}]"#)
        Self.expectSameAsWhole(#"{}"#)
        Self.expectSameAsWhole(#"  {"kind": "List"}  "#)
        Self.expectSameAsWhole(#"{"items": [], "metadata": {"continue": "x"}}"#)
        Self.expectSameAsWhole(" { \"items\" :\n[ 1 ,\t\"two\" , [3], {\"4\": [\"}]\\\"\"]} , true, null ] } ")
        Self.expectSameAsWhole(#"{"a": "\"items\": [", "items": ["]", "\\"]}"#)
    }

    @Test func invalidListsGiveTheWholeDocumentError() {
        Self.expectSameAsWhole(#"{"items": [1,]}"#)
        Self.expectSameAsWhole(#"{"items": [,1]}"#)
        Self.expectSameAsWhole(#"{"items": [1 2]}"#)
        Self.expectSameAsWhole(#"{"items": [{"a": 1}}]}"#)
        Self.expectSameAsWhole(#"{"items": [{"a": 1}], }"#)
        Self.expectSameAsWhole(#"{"items": [{"a": tru}]}"#)
        Self.expectSameAsWhole(#"{"items": [1]} x"#)
        Self.expectSameAsWhole(#"{"items": [1], "kind": }"#)
        Self.expectSameAsWhole(#"{"items": ["a\u12"]}"#)
        Self.expectSameAsWhole(#"{"items": [1]"#)
        Self.expectSameAsWhole(#"{"items": [{"a": "b"#)
        Self.expectSameAsWhole("")
    }

    /// The nesting limit counts from the top of the list, not from the item.
    @Test func nestingLimitCountsFromTheDocument() {
        let limit = JSONValue.maximumNestingDepth
        for depth in [limit - 3, limit - 2, limit - 1] {
            let item = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            let text = #"{"items": ["# + item + "]}"
            let streamed = Self.streamed(Array(text.utf8), chunkSizes: [100])
            #expect(streamed == Self.whole(Array(text.utf8)), "depth \(depth)")
        }
        let fits = String(repeating: "[", count: limit - 2) + String(repeating: "]", count: limit - 2)
        #expect((try? Self.streamed(Array((#"{"items": ["# + fits + "]}").utf8), chunkSizes: [100]).get()) != nil)
    }

    @Test func unknownFieldsOfItemsAndTheListAreKept() throws {
        let text = #"{"apiVersion":"v1","kind":"ConfigMapList","metadata":{"resourceVersion":"7","x-extra":{"deep":[1,{"k":"v"}]}},"# +
            #""items":[{"metadata":{"name":"a","future":{"f":[true,null,1.5]}},"data":{"k":"v"},"unmodeled":{"x":1}}],"tail":9}"#
        let parsed = try Self.streamed(Array(text.utf8), chunkSizes: [5]).get()
        let list = KubeList<ConfigMap>(json: parsed)
        #expect(list.items.first?.metadata.name == "a")
        #expect(list.items.first?.json["unmodeled"] == ["x": 1])
        #expect(list.items.first?.json[path: ["metadata", "future", "f"]] == [true, nil, 1.5])
        #expect(list.metadata.resourceVersion == "7")
        #expect(parsed["tail"] == 9)
        #expect(parsed == (try JSONValue.parse(text)))
    }
}

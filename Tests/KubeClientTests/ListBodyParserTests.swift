import KubeAPI
@testable import KubeClient
import NIOCore
import Testing

@Suite("Parallel list decoding")
struct ListBodyParserTests {
    /// A list whose items hold brackets, commas, quotes and escapes inside strings, and an `items`
    /// key nested inside an item, surrounded by other members and whitespace.
    static func body(count: Int, padding: Int) -> String {
        let items = (0..<count).map { i in
            #"{"metadata":{"name":"cm-\#(i)","labels":{"items":"[x]"}},"data":{"k":"a,b]}\"{[ \\ \#(String(repeating: "p", count: padding))","items":[1,{"a":[]}]}}"#
        }
        return #"{"apiVersion":"v1", "items" : [ "# + items.joined(separator: " ,\n ") + #" ] ,"kind":"ConfigMapList","metadata":{"resourceVersion":"7","x":[1,2]}}"#
    }

    @Test(arguments: [0, 1, 2, 3, 17, 400])
    func layoutFindsEveryElement(count: Int) throws {
        let text = Self.body(count: count, padding: 3)
        let layout = Array(text.utf8).withUnsafeBufferPointer { ItemsLayout.scan($0) }
        let found = try #require(layout)
        #expect(found.elements.count == count)
        let bytes = Array(text.utf8)
        for range in found.elements {
            #expect(try JSONValue.parse(Array(bytes[range]))["metadata"]?["name"] != nil)
        }
    }

    @Test(arguments: [1, 2, 3, 8])
    func parallelParseEqualsOnePass(parallelism: Int) async throws {
        let text = Self.body(count: 3000, padding: 400)
        #expect(text.utf8.count > ListBodyParser.parallelThreshold)
        let parsed = try await ListBodyParser.parse(ByteBuffer(string: text), parallelism: parallelism)
        #expect(parsed == (try JSONValue.parse(text)))
        #expect(parsed["items"]?.arrayValue?.count == 3000)
    }

    @Test func malformedBodiesFallBackToTheOnePassError() async throws {
        let text = String(Self.body(count: 3000, padding: 400).dropLast())
        await #expect(throws: KubeClientError.self) {
            _ = try await ListBodyParser.parse(ByteBuffer(string: text), parallelism: 2)
        }
        #expect(Array(#"{"items":[{"a":1}"#.utf8).withUnsafeBufferPointer { ItemsLayout.scan($0) } == nil)
        #expect(Array(#"[1,2]"#.utf8).withUnsafeBufferPointer { ItemsLayout.scan($0) } == nil)
    }
}

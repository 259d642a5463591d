import Foundation
import Testing
@testable import KubeAPI

@Suite struct JSONBackedCodableTests {
    @Test func codableGoesThroughTheDocument() throws {
        let meta = ObjectMeta(json: ["name": "a", "x-unknown": ["deep": [1, 2]]])
        let data = try JSONEncoder().encode(meta)
        #expect(try JSONValue.parse(Array(data)) == meta.json)
        let decoded = try JSONDecoder().decode(ObjectMeta.self, from: data)
        #expect(decoded == meta)
        #expect(decoded.name == "a")
        #expect(String(describing: ObjectMeta(name: "n")) == #"ObjectMeta({"name":"n"})"#)
    }
}

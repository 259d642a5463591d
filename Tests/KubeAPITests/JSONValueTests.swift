import Testing
@testable import KubeAPI

@Suite struct JSONValueTests {
    @Test func parsesAndSerializesWithSortedKeys() throws {
        let v = try JSONValue.parse(#"{"b": [1, 2.5, true, null], "a": "x\n\u00e9\ud83d\ude00", "c": {}}"#)
        #expect(v["b"] == [1, 2.5, true, nil])
        #expect(v["a"]?.stringValue == "x\né😀")
        #expect(v.jsonString == #"{"a":"x\né😀","b":[1,2.5,true,null],"c":{}}"#)
    }

    @Test func keepsInt64Exactly() throws {
        let v = try JSONValue.parse("9007199254740993")
        #expect(v == .int(9_007_199_254_740_993))
        #expect(v.jsonString == "9007199254740993")
    }

    @Test(arguments: ["", "{", "[1,]", "{\"a\" 1}", "01x", "\"abc", "tru", "{} x", "1.", "-"])
    func rejectsMalformed(_ text: String) {
        #expect(throws: JSONParseError.self) { try JSONValue.parse(text) }
    }

    @Test func rejectsHostileNesting() {
        let deep = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        #expect(throws: JSONParseError.self) { try JSONValue.parse(deep) }
    }

    @Test func pathSubscriptCreatesObjects() {
        var v: JSONValue = nil
        v[path: ["metadata", "labels", "app"]] = "web"
        #expect(v.jsonString == #"{"metadata":{"labels":{"app":"web"}}}"#)
        v[path: ["metadata", "labels", "app"]] = nil
        #expect(v.jsonString == #"{"metadata":{"labels":{}}}"#)
    }
}

@Suite struct YAMLDecodingTests {
    @Test func parsesKubernetesManifestStreams() throws {
        let docs = try JSONValue.parseYAMLDocuments("""
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: a, labels: {n: "1"}}
            data: {replicas: "3", on: "yes"}
            ---
            ---
            spec: {replicas: 3, ratio: 0.5, paused: false, x: null, list: [a, 2]}
            """)
        #expect(docs.count == 2)
        #expect(docs[0]["metadata"]?["labels"]?["n"] == "1")
        #expect(docs[1]["spec"] == ["replicas": 3, "ratio": 0.5, "paused": false, "x": nil, "list": ["a", 2]])
    }

    @Test func reportsInvalidYAML() {
        #expect(throws: YAMLParseError.self) { try JSONValue.parseYAML("a: [1, 2\nb: }") }
    }
}

import KubeAPI
import Testing

@testable import KubeLocal

@Suite("fieldValidation")
struct FieldValidationTests {
    let cms = "/api/v1/namespaces/default/configmaps"
    let duplicated = #"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"d"},"data":{"k":"1","k":"2"}}"#

    @Test func duplicateFieldsAreFoundWithTheirPaths() {
        let json = #"{"a":1,"b":{"c":[{"n":1,"n":2}],"c":3},"a":{"x":"\"q\""},"s\u0074":1,"st":2}"#
        #expect(DuplicateFields.find(in: Array(json.utf8)) == ["b.c[0].n", "b.c", "a", "st"])
        #expect(DuplicateFields.find(in: Array(#"{"a":[}"#.utf8)).isEmpty)
        #expect(DuplicateFields.find(in: Array(#"[1,2,{"k":1,"k":2}]"#.utf8)) == ["[2].k"])
    }

    @Test func warnKeepsTheLastDuplicateAndWarns() async throws {
        try await withServer { client, _ in
            let r = try await client.request(.POST, cms + "?fieldValidation=Warn", body: duplicated)
            #expect(r.status == 201)
            #expect(r.headers["Warning"] == [#"299 - "duplicate field \"data.k\"""#])
            #expect(r.json["data"] == ["k": "2"])
        }
    }

    @Test func strictRejectsDuplicatesAndIgnoreIsSilent() async throws {
        try await withServer { client, _ in
            let strict = try await client.request(.POST, cms + "?fieldValidation=Strict", body: duplicated)
            #expect(strict.status == 400)
            #expect(strict.json["message"]?.stringValue?.hasSuffix(#"strict decoding error: duplicate field "data.k""#) == true)
            let ignored = try await client.request(.POST, cms, body: duplicated)
            #expect(ignored.status == 201)
            #expect(ignored.headers["Warning"].isEmpty)
            let patched = try await client.patch(
                cms + "/d?fieldValidation=Warn", #"{"data":{"k":"3","k":"4"}}"#, type: "application/merge-patch+json")
            #expect(patched.status == 200)
            #expect(patched.headers["Warning"] == [#"299 - "duplicate field \"data.k\"""#])
        }
    }
}

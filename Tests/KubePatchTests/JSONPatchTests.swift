import KubeAPI
import Testing
@testable import KubePatch

@Suite("JSON patch (RFC 6902)")
struct JSONPatchTests {
    func apply(_ ops: String, to doc: String) throws -> JSONValue {
        try JSONPatch.apply(try json(ops), to: try json(doc))
    }

    func failure(_ ops: String, on doc: String) throws -> PatchError? {
        let operations = try json(ops)
        let document = try json(doc)
        do throws(PatchError) {
            _ = try JSONPatch.apply(operations, to: document)
            return nil
        } catch {
            return error
        }
    }

    @Test func appendixA1AddObjectMember() throws {
        #expect(try apply(#"[{"op":"add","path":"/baz","value":"qux"}]"#, to: #"{"foo":"bar"}"#)
            == (try json(#"{"baz":"qux","foo":"bar"}"#)))
    }

    @Test func appendixA2AddArrayElement() throws {
        #expect(try apply(#"[{"op":"add","path":"/foo/1","value":"qux"}]"#, to: #"{"foo":["bar","baz"]}"#)
            == (try json(#"{"foo":["bar","qux","baz"]}"#)))
    }

    @Test func appendixA3And4Remove() throws {
        #expect(try apply(#"[{"op":"remove","path":"/baz"}]"#, to: #"{"baz":"qux","foo":"bar"}"#) == (try json(#"{"foo":"bar"}"#)))
        #expect(try apply(#"[{"op":"remove","path":"/foo/1"}]"#, to: #"{"foo":["bar","qux","baz"]}"#)
            == (try json(#"{"foo":["bar","baz"]}"#)))
    }

    @Test func appendixA5Replace() throws {
        #expect(try apply(#"[{"op":"replace","path":"/baz","value":"boo"}]"#, to: #"{"baz":"qux","foo":"bar"}"#)
            == (try json(#"{"baz":"boo","foo":"bar"}"#)))
    }

    @Test func appendixA6And7Move() throws {
        #expect(try apply(#"[{"op":"move","from":"/foo/waldo","path":"/qux/thud"}]"#,
                          to: #"{"foo":{"bar":"baz","waldo":"fred"},"qux":{"corge":"grault"}}"#)
            == (try json(#"{"foo":{"bar":"baz"},"qux":{"corge":"grault","thud":"fred"}}"#)))
        #expect(try apply(#"[{"op":"move","from":"/foo/1","path":"/foo/3"}]"#, to: #"{"foo":["all","grass","cows","eat"]}"#)
            == (try json(#"{"foo":["all","cows","eat","grass"]}"#)))
    }

    @Test func appendixA8TestSucceeds() throws {
        let doc = #"{"baz":"qux","foo":["a",2,"c"]}"#
        #expect(try apply(#"[{"op":"test","path":"/baz","value":"qux"},{"op":"test","path":"/foo/1","value":2}]"#, to: doc)
            == (try json(doc)))
    }

    @Test func appendixA9TestFailureIsAConflict() throws {
        let error = try #require(try failure(#"[{"op":"test","path":"/baz","value":"bar"}]"#, on: #"{"baz":"qux"}"#))
        #expect(error.isConflict)
        #expect(error.httpStatus == 422)
        #expect(error.message.contains("/baz"))
    }

    @Test func appendixA10AddNestedMember() throws {
        #expect(try apply(#"[{"op":"add","path":"/child","value":{"grandchild":{}}}]"#, to: #"{"foo":"bar"}"#)
            == (try json(#"{"foo":"bar","child":{"grandchild":{}}}"#)))
    }

    @Test func appendixA11IgnoresUnknownMembers() throws {
        #expect(try apply(#"[{"op":"add","path":"/baz","value":"qux","xyz":123}]"#, to: #"{"foo":"bar"}"#)
            == (try json(#"{"foo":"bar","baz":"qux"}"#)))
    }

    @Test func appendixA12AddToNonexistentTargetFails() throws {
        let error = try #require(try failure(#"[{"op":"add","path":"/baz/bat","value":"qux"}]"#, on: #"{"foo":"bar"}"#))
        #expect(!error.isConflict)
        #expect(error.httpStatus == 422)
        #expect(error.message.contains("/baz/bat"))
    }

    @Test func appendixA14EscapeOrdering() throws {
        #expect(try apply(#"[{"op":"test","path":"/~01","value":10}]"#, to: #"{"/":9,"~1":10}"#) == (try json(#"{"/":9,"~1":10}"#)))
        #expect(try apply(#"[{"op":"add","path":"/a~1b","value":1}]"#, to: #"{}"#) == (try json(#"{"a/b":1}"#)))
        #expect(try apply(#"[{"op":"add","path":"/a~0b","value":1}]"#, to: #"{}"#) == (try json(#"{"a~b":1}"#)))
    }

    @Test func appendixA15StringIsNotNumber() throws {
        let error = try #require(try failure(#"[{"op":"test","path":"/~01","value":"10"}]"#, on: #"{"/":9,"~1":10}"#))
        #expect(error.isConflict)
    }

    @Test func appendixA16AddArrayValueAndAppend() throws {
        #expect(try apply(#"[{"op":"add","path":"/foo/-","value":["abc","def"]}]"#, to: #"{"foo":["bar"]}"#)
            == (try json(#"{"foo":["bar",["abc","def"]]}"#)))
    }

    @Test func testingAnAbsentMemberForNullSucceedsAsOnTheRealServer() throws {
        #expect(try apply(#"[{"op":"test","path":"/missing","value":null}]"#, to: #"{"a":1}"#) == (try json(#"{"a":1}"#)))
        #expect(try failure(#"[{"op":"test","path":"/missing/deeper","value":null}]"#, on: #"{"a":1}"#) != nil)
        #expect(try failure(#"[{"op":"test","path":"/a","value":null}]"#, on: #"{"a":1}"#)?.isConflict == true)
    }

    @Test func copyDuplicatesAValue() throws {
        #expect(try apply(#"[{"op":"copy","from":"/a","path":"/b"}]"#, to: #"{"a":{"x":1}}"#) == (try json(#"{"a":{"x":1},"b":{"x":1}}"#)))
    }

    @Test func testComparesNumbersByValue() throws {
        #expect(try apply(#"[{"op":"test","path":"/n","value":1.0}]"#, to: #"{"n":1}"#) == (try json(#"{"n":1}"#)))
    }

    @Test func missingPathsAreErrorsNamingThePath() throws {
        for ops in [#"[{"op":"remove","path":"/missing"}]"#, #"[{"op":"replace","path":"/missing","value":1}]"#,
                    #"[{"op":"move","from":"/missing","path":"/x"}]"#, #"[{"op":"remove","path":"/arr/5"}]"#,
                    #"[{"op":"add","path":"/arr/3","value":1}]"#, #"[{"op":"test","path":"/arr/01","value":1}]"#] {
            let error = try #require(try failure(ops, on: #"{"arr":[1,2]}"#))
            #expect(error.httpStatus == 422, "\(ops)")
        }
    }

    /// As kube-apiserver: a body that is not an array of objects is a 400; an operation that cannot
    /// be applied (missing members, unknown op, bad pointer) is a 422.
    @Test func malformedPatchesAndOperations() throws {
        for ops in [#"{"op":"add"}"#, #"[1]"#] {
            let error = try #require(try failure(ops, on: "{}"))
            #expect(error.httpStatus == 400, "\(ops)")
            #expect(error.isMalformed)
        }
        for ops in [#"[{"path":"/a"}]"#, #"[{"op":"frob","path":"/a"}]"#, #"[{"op":"add","path":"/a"}]"#,
                    #"[{"op":"move","path":"/a"}]"#, #"[{"op":"add","path":"a","value":1}]"#, #"[{"op":"add","path":"/~2","value":1}]"#] {
            let error = try #require(try failure(ops, on: #"{"a":1}"#))
            #expect(error.httpStatus == 422, "\(ops)")
            #expect(!error.isConflict, "\(ops)")
        }
    }

    @Test func tooManyOperationsIsEntityTooLarge() throws {
        let op: JSONValue = ["op": "test", "path": "", "value": [:]]
        do {
            _ = try JSONPatch.apply(.array(Array(repeating: op, count: JSONPatch.maximumOperations + 1)), to: .emptyObject)
            Issue.record("expected an error")
        } catch {
            #expect(error.httpStatus == 413)
        }
    }

    @Test func moveIntoOwnChildFails() throws {
        #expect(try failure(#"[{"op":"move","from":"/a","path":"/a/b"}]"#, on: #"{"a":{}}"#) != nil)
    }

    @Test func failedPatchLeavesNoPartialResultAndOperationsApplyInOrder() throws {
        #expect(try apply(#"[{"op":"add","path":"/a","value":1},{"op":"replace","path":"/a","value":2}]"#, to: "{}")
            == (try json(#"{"a":2}"#)))
        #expect(try failure(#"[{"op":"add","path":"/a","value":1},{"op":"remove","path":"/b"}]"#, on: "{}") != nil)
    }

    @Test func replaceWholeDocument() throws {
        #expect(try apply(#"[{"op":"replace","path":"","value":[1]}]"#, to: #"{"a":1}"#) == (try json("[1]")))
    }
}

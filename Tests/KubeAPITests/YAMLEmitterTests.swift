import Testing
@testable import KubeAPI

@Suite struct YAMLEmitterTests {
    @Test func emitsATypicalObjectLikeKubectl() throws {
        let object = try JSONValue.parse(#"""
            {"apiVersion":"apps/v1","kind":"Deployment",
             "metadata":{"name":"web","namespace":"default","labels":{"app":"web"},
               "annotations":{"note":"line one\nline two\n","replicas":"3","enabled":"true","empty":""},
               "creationTimestamp":"2024-05-14T09:12:31Z","generation":3,"finalizers":[]},
             "spec":{"replicas":3,"paused":false,"ratio":0.25,"selector":{"matchLabels":{"app":"web"}},
               "template":{"metadata":{"creationTimestamp":null},"spec":{"containers":[
                 {"name":"web","image":"nginx:1.25","args":["--port=80","- x","#c"],"ports":[{"containerPort":80}],
                  "resources":{}}]}}}}
            """#)
        let expected = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              annotations:
                empty: ""
                enabled: "true"
                note: |
                  line one
                  line two
                replicas: "3"
              creationTimestamp: "2024-05-14T09:12:31Z"
              finalizers: []
              generation: 3
              labels:
                app: web
              name: web
              namespace: default
            spec:
              paused: false
              ratio: 0.25
              replicas: 3
              selector:
                matchLabels:
                  app: web
              template:
                metadata:
                  creationTimestamp: null
                spec:
                  containers:
                  - args:
                    - --port=80
                    - '- x'
                    - '#c'
                    image: nginx:1.25
                    name: web
                    ports:
                    - containerPort: 80
                    resources: {}

            """
        #expect(object.yamlString == expected)
        #expect(try JSONValue.parseYAML(object.yamlString) == object)
    }

    @Test(arguments: [
        "plain", "with space", "yes", "No", "on", "OFF", "y", "null", "~", "123", "-12", "0x1F", "0o17", "1_000", "1e3",
        "1.5", ".5", ".inf", "-.Inf", ".NaN", "12:30", "2024-01-02", "2024-01-02T03:04:05Z", "a: b", "a #b", "trailing ",
        " leading", "-", "- x", "--flag", "?", ":x", "x:", "[a]", "{a}", "*ref", "&anchor", "!tag", "|", ">", "'q'",
        "\"dq\"", "%p", "@at", "`bt`", "tab\there", "nul\u{0}", "é ü 😀", "line\nbreak", "ends\n", "two\n\n",
        "\nstarts", "trail \nspace", "crlf\r\nx", "\u{85}nel", "a\u{2028}b", "1.2.3", "v1.25", "<<", "=", "---",
    ])
    func stringsRoundTrip(_ text: String) throws {
        let value: JSONValue = ["k": .string(text), "list": [.string(text)], .init(text): 1]
        let yaml = value.yamlString
        #expect(try JSONValue.parseYAML(yaml) == value, "\(yaml)")
    }

    @Test(arguments: [
        (KubectlYAMLFixtures.configMapJSON, KubectlYAMLFixtures.configMapYAML),
        (KubectlYAMLFixtures.deploymentJSON, KubectlYAMLFixtures.deploymentYAML),
    ])
    func writesWhatKubectlWrites(_ json: String, _ yaml: String) throws {
        let value = try JSONValue.parse(json)
        let emitted = value.yamlString
        let expectedLines = (yaml + "\n").split(separator: "\n", omittingEmptySubsequences: false)
        let emittedLines = emitted.split(separator: "\n", omittingEmptySubsequences: false)
        for (n, (mine, theirs)) in zip(emittedLines, expectedLines).enumerated() where mine != theirs {
            Issue.record("line \(n + 1): \(mine) ≠ \(theirs)")
            break
        }
        #expect(emitted == yaml + "\n")
        #expect(try JSONValue.parseYAML(emitted) == value)
    }

    @Test func ordersKeysLikeGoYAML() {
        let keys = ["k10", "k9", "k19", "k1", "K", "a-b", "_u", "9", "-x", "k20", "ab", "k.10", "zz00", "zz0"]
        #expect(YAMLKeyOrder.sorted(keys) == ["-x", "_u", "9", "K", "a-b", "ab", "k.10", "k1", "k9", "k10", "k19", "k20", "zz0", "zz00"])
        func less(_ a: String, _ b: String) -> Bool { YAMLKeyOrder.less(Array(a.unicodeScalars), Array(b.unicodeScalars)) }
        #expect(less("k1", "k01") && less("k01", "k001") && less("k001", "k2"))
        #expect(less("k19", "k1a") && less("k1a", "k20"))
    }

    @Test func emitsNestedSequencesAndScalars() throws {
        let value: JSONValue = ["a": [[1, 2], [], [:], ["k": [true, nil]]], "d": 1e20, "n": -0.5]
        let yaml = value.yamlString
        #expect(yaml == """
            a:
            - - 1
              - 2
            - []
            - {}
            - k:
              - true
              - null
            d: 1.0e+20
            "n": -0.5

            """)
        #expect(try JSONValue.parseYAML(yaml) == value)
        #expect(JSONValue.yamlStream([["a": 1], ["b": 2]]) == "a: 1\n---\nb: 2\n")
        #expect(JSONValue.string("x").yamlString == "x\n")
        #expect(JSONValue.emptyObject.yamlString == "{}\n")
    }
}

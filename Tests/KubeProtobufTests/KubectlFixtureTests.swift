import KubeAPI
import Testing

@testable import KubeProtobuf

/// Bodies captured from kubectl 1.32 decode to exactly the JSON kubectl prints for the same
/// command with `--dry-run=client -o json`.
@Suite struct KubectlFixtureTests {
    @Test func fixturesArePresent() {
        #expect(Fixtures.pairedNames.count >= 20)
    }

    @Test(arguments: Fixtures.pairedNames)
    func decodesLikeKubectlJSON(name: String) throws {
        let decoded = try KubernetesProtobuf.decode(try Fixtures.body(name))
        let expected = try Fixtures.json(name)
        #expect(decoded == expected, "\(name):\n\(decoded.prettyJSONString())\n!=\n\(expected.prettyJSONString())")
    }

    @Test func tokenRequestFromKubectlCreateToken() throws {
        let decoded = try KubernetesProtobuf.decode(try Fixtures.body("tokenrequest"))
        let expected = try JSONValue.parse("""
            {"kind": "TokenRequest", "apiVersion": "authentication.k8s.io/v1",
             "metadata": {"creationTimestamp": null},
             "spec": {"audiences": ["api"], "expirationSeconds": 600,
                      "boundObjectRef": {"kind": "Pod", "apiVersion": "v1", "name": "p", "uid": "u-1"}},
             "status": {"token": "", "expirationTimestamp": null}}
            """)
        #expect(decoded == expected, "\(decoded.prettyJSONString())")
    }

    @Test func secretDataIsBase64() throws {
        let decoded = try KubernetesProtobuf.decode(try Fixtures.body("secret"))
        #expect(decoded[path: ["data", "k"]] == "dg==")
    }

    @Test func fullPodTemplateFromCronJobSurvives() throws {
        let decoded = try KubernetesProtobuf.decode(try Fixtures.body("job-from-cronjob"))
        let spec = decoded[path: ["spec", "template", "spec"]]
        let container = spec?["containers"]?.arrayValue?.first
        #expect(container?[path: ["securityContext", "runAsUser"]] == 0)
        #expect(container?[path: ["livenessProbe", "httpGet", "port"]] == "http")
        #expect(container?[path: ["readinessProbe", "tcpSocket", "port"]] == 8080)
        #expect(container?[path: ["resources", "requests", "cpu"]] == "500m")
        #expect(spec?["automountServiceAccountToken"] == false)
        #expect(decoded[path: ["spec", "backoffLimit"]] == 0)
    }
}

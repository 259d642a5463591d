import Foundation
import KubeAPI
import Testing
@testable import KubeSchema

@Suite(.serialized) struct KubectlTests {
    @Test func explainProbe() throws {
        let mock = try KubectlMock(resources: TestResources.all)
        let r = try mock.kubectl(["explain", "pods.spec.containers"])
        print("STATUS", r.status, r.output)
    }
}

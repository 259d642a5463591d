import KubeAPI
import Testing
@testable import KubeLocal

@Suite("Pure pieces")
struct UnitTests {
    @Test func versionPriorityOrdersGABetaAlpha() {
        #expect(ResourceRegistry.sortedByPriority(["v1alpha1", "v1", "v2beta1", "v1beta2", "foo", "v2"]) == ["v2", "v1", "v2beta1", "v1beta2", "v1alpha1", "foo"])
    }

    @Test func labelSelectorParsingRejectsGarbage() throws {
        #expect(throws: APIError.self) { try LabelSelector.parse("a in b") }
        #expect(throws: APIError.self) { try LabelSelector.parse("bad key!=x") }
        let s = try LabelSelector.parse("a=1, b notin (x, y),!c")
        #expect(s.requirements.count == 3)
        #expect(s.matches(["a": "1", "b": "z"]))
        #expect(!s.matches(["a": "1", "b": "x"]))
    }

    @Test func timestampsRoundTripAndAgesReadLikeKubectl() {
        #expect(TimeText.format(seconds: 0) == "1970-01-01T00:00:00Z")
        #expect(TimeText.format(seconds: 1_795_440_000) == "2026-11-23T13:20:00Z")
        #expect(TimeText.parse("2026-11-23T13:20:00Z") == 1_795_440_000)
        #expect(TimeText.parse("2026-11-23T14:20:00+01:00") == 1_795_440_000)
        #expect(TimeText.humanDuration(seconds: 45) == "45s")
        #expect(TimeText.humanDuration(seconds: 310) == "5m10s")
        #expect(TimeText.humanDuration(seconds: 3 * 3600) == "3h")
        #expect(TimeText.humanDuration(seconds: 2 * 86400 + 5 * 3600) == "2d5h")
    }

    @Test func resourcePathsSplitLikeTheRealServer() {
        #expect(ResourcePath.parse(core: true, segments: ["v1", "namespaces", "x", "status"])
            == .resource(ResourcePath(group: "", version: "v1", resource: "namespaces", name: "x", subresource: "status")))
        #expect(ResourcePath.parse(core: false, segments: ["apps", "v1", "watch", "namespaces", "n", "deployments"])
            == .resource(ResourcePath(group: "apps", version: "v1", legacyWatch: true, namespace: "n", resource: "deployments")))
        #expect(ResourcePath.parse(core: true, segments: ["v1"]) == .groupVersion(group: "", version: "v1"))
    }

    @Test func seededIdentitiesAreReproducible() {
        let a = IdentityGenerator(seed: 7)
        let b = IdentityGenerator(seed: 7)
        #expect(a.uid() == b.uid())
        #expect(a.nameSuffix() == b.nameSuffix())
        let uid = IdentityGenerator(seed: 1).uid()
        #expect(uid.count == 36 && Array(uid)[14] == "4")
    }

    @Test func simpleJSONPathFilters() throws {
        let o: JSONValue = ["status": ["conditions": [["type": "A", "status": "False"], ["type": "Ready", "status": "True"]]]]
        #expect(try SimpleJSONPath(#".status.conditions[?(@.type=="Ready")].status"#).evaluate(o) == ["True"])
        #expect(try SimpleJSONPath(".status.conditions[0].type").evaluate(o) == ["A"])
        #expect(throws: APIError.self) { try SimpleJSONPath(".a[") }
    }
}

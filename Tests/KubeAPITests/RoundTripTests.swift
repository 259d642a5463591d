import Foundation
import Testing
@testable import KubeAPI

/// A controller's read-modify-write must never drop fields the Swift types do not model.
@Suite struct RoundTripTests {
    static let podWithUnknownFields = #"""
        {
            "apiVersion": "v1", "kind": "Pod", "futureTopLevel": {"a": [1, {"b": null}]},
            "metadata": {"name": "p", "namespace": "ns", "labels": {"app": "x"}, "futureMeta": "m",
                "ownerReferences": [{"uid": "u1", "kind": "ReplicaSet", "futureRef": true}]},
            "spec": {
                "futureSpec": {"deep": {"deeper": [1, 2, 3]}},
                "containers": [
                    {"name": "app", "image": "old:1", "futureContainer": {"x": 1},
                     "resources": {"requests": {"cpu": "1"}, "futureResources": 5, "claims": [{"name": "gpu"}]},
                     "ports": [{"containerPort": 8080, "futurePort": "p"}],
                     "env": [{"name": "A", "valueFrom": {"fieldRef": {"fieldPath": "metadata.name"}}}]},
                    {"name": "sidecar", "image": "side:1", "futureContainer": "second"}
                ],
                "topologySpreadConstraints": [{"maxSkew": 1, "topologyKey": "zone"}],
                "affinity": {"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution":
                    {"nodeSelectorTerms": [{"matchExpressions": [], "futureTerm": 1}]}}, "podAntiAffinity": {"k": "v"}}
            },
            "status": {
                "phase": "Pending", "futureStatus": 1.5,
                "conditions": [{"type": "PodScheduled", "status": "False", "futureCondition": "c",
                                "lastTransitionTime": "2024-01-01T00:00:00Z"}],
                "containerStatuses": [{"name": "app", "ready": false,
                    "state": {"waiting": {"reason": "ContainerCreating", "futureWaiting": [true]}},
                    "futureContainerStatus": {"n": 9223372036854775807}}]
            }
        }
        """#

    @Test func modifyingModelledFieldsKeepsEverythingElse() throws {
        let original = try JSONValue.parse(Self.podWithUnknownFields)
        var pod = try JSONDecoder().decode(Pod.self, from: Data(Self.podWithUnknownFields.utf8))

        pod.metadata.labels["tier"] = "web"
        pod.metadata.ownerReferences[0].controller = true
        pod.spec.containers[0].image = "new:2"
        pod.spec.containers[0].resources.requests["memory"] = try Quantity(parsing: "64Mi")
        pod.spec.containers[0].ports[0].containerPort = 9090
        pod.spec.containers[1].imagePullPolicy = .never
        pod.spec.nodeName = "node-1"
        pod.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms[0]
            .matchExpressions = [NodeSelectorRequirement(json: ["key": "zone", "operator": "Exists"])]
        pod.status.phase = .running
        pod.status.conditions.set(Condition(type: "PodScheduled", status: .true),
            now: Date(timeIntervalSince1970: 1_704_067_260))
        pod.status.containerStatuses[0].ready = true
        pod.status.containerStatuses[0].state.waiting?.reason = "PodInitializing"

        var expected = original
        expected[path: ["metadata", "labels", "tier"]] = "web"
        expected[path: ["metadata", "ownerReferences"]] = [
            ["uid": "u1", "kind": "ReplicaSet", "futureRef": true, "controller": true],
        ]
        var containers = try #require(expected[path: ["spec", "containers"]]?.arrayValue)
        containers[0]["image"] = "new:2"
        containers[0][path: ["resources", "requests", "memory"]] = "64Mi"
        containers[0]["ports"] = [["containerPort": 9090, "futurePort": "p"]]
        containers[1]["imagePullPolicy"] = "Never"
        expected[path: ["spec", "containers"]] = .array(containers)
        expected[path: ["spec", "nodeName"]] = "node-1"
        expected[path: ["spec", "affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution",
            "nodeSelectorTerms"]] = [["matchExpressions": [["key": "zone", "operator": "Exists"]], "futureTerm": 1]]
        expected[path: ["status", "phase"]] = "Running"
        expected[path: ["status", "conditions"]] = [
            ["type": "PodScheduled", "status": "True", "futureCondition": "c", "lastTransitionTime": "2024-01-01T00:01:00Z"],
        ]
        var statuses = try #require(expected[path: ["status", "containerStatuses"]]?.arrayValue)
        statuses[0]["ready"] = true
        statuses[0][path: ["state", "waiting", "reason"]] = "PodInitializing"
        expected[path: ["status", "containerStatuses"]] = .array(statuses)

        let reencoded = try JSONValue.parse(Array(JSONEncoder().encode(pod)))
        #expect(reencoded == expected)
        #expect(pod.json.jsonString == expected.jsonString)
    }

    @Test(arguments: [
        #"{"apiVersion":"apps/v1","kind":"Deployment","spec":{"template":{"spec":{"containers":[{"name":"a","x":1}]},"y":2},"strategy":{"z":3}},"status":{"w":[{}]}}"#,
        #"{"apiVersion":"apps/v1","kind":"DaemonSet","spec":{"updateStrategy":{"rollingUpdate":{"maxSurge":0,"q":"r"}},"template":{"metadata":{"labels":{"a":"b"},"u":1}}}}"#,
    ])
    func workloadReadModifyWriteKeepsUnknownFields(_ text: String) throws {
        let original = try JSONValue.parse(text)
        var deployment = Deployment(json: original)
        deployment.spec.replicas = 5
        deployment.spec.template.spec.containers = deployment.spec.template.spec.containers
        deployment.spec.template.metadata.labels = deployment.spec.template.metadata.labels
        var expected = original
        expected[path: ["spec", "replicas"]] = 5
        #expect(deployment.json == expected)
    }

    @Test func everyKindKeepsUnknownFieldsThroughCodable() throws {
        let document: JSONValue = ["kind": "X", "metadata": ["name": "n", "zz": [1]], "spec": ["unknown": ["a": nil]],
            "status": ["unknown": 2], "extra": true]
        func check<T: JSONBacked>(_ type: T.Type) throws {
            let decoded = try JSONDecoder().decode(T.self, from: Data(document.jsonBytes))
            #expect(try JSONValue.parse(Array(JSONEncoder().encode(decoded))) == document, "\(T.self)")
        }
        for type in KubeAPIResources.all + KubeAPIResources.knative { try check(type) }
        try check(Scale.self)
        try check(DynamicObject.self)
        try check(Status.self)
        try check(Table.self)
    }
}

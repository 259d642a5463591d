import Foundation
import Testing
@testable import KubeAPI

@Suite struct TypedMutationTests {
    @Test func buildsADeploymentThroughNestedViews() throws {
        var deployment = Deployment(name: "web", namespace: "prod")
        deployment.metadata.labels["app"] = "web"
        deployment.spec.replicas = 2
        deployment.spec.selector = LabelSelector(matchLabels: ["app": "web"])
        deployment.spec.template.metadata.labels = ["app": "web"]
        var container = Container()
        container.name = "web"
        container.image = "nginx:1"
        container.resources.requests["cpu"] = Quantity(milli: 250)
        deployment.spec.template.spec.containers.append(container)
        deployment.spec.template.spec.containers[0].image = "nginx:2"
        deployment.spec.template.spec.containers[0].env.append(EnvVar(json: ["name": "MODE", "value": "fast"]))
        deployment.spec.strategy.rollingUpdate = RollingUpdateDeployment()
        deployment.spec.strategy.rollingUpdate?.maxSurge = 1
        deployment.spec.strategy.rollingUpdate?.maxUnavailable = "10%"

        let expected: JSONValue = [
            "apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": ["name": "web", "namespace": "prod", "labels": ["app": "web"]],
            "spec": [
                "replicas": 2,
                "selector": ["matchLabels": ["app": "web"]],
                "strategy": ["rollingUpdate": ["maxSurge": 1, "maxUnavailable": "10%"]],
                "template": [
                    "metadata": ["labels": ["app": "web"]],
                    "spec": ["containers": [
                        ["name": "web", "image": "nginx:2", "resources": ["requests": ["cpu": "250m"]],
                         "env": [["name": "MODE", "value": "fast"]]],
                    ]],
                ],
            ],
        ]
        #expect(deployment.json == expected)
    }

    @Test func readingDoesNotAddMembers() {
        let pod = Pod(json: ["metadata": ["name": "p"]])
        var copy = pod
        _ = copy.spec.containers.first?.image
        _ = copy.status.conditions
        copy.metadata.labels = copy.metadata.labels
        copy.spec.tolerations = []
        copy.status = copy.status
        #expect(copy == pod)
        #expect(copy.json.jsonString == #"{"metadata":{"name":"p"}}"#)
    }

    @Test func writingNilRemovesAndEmptyOverExistingKeepsEmpty() {
        var pod = Pod(json: ["spec": ["nodeName": "n", "tolerations": [["key": "k"]]]])
        pod.spec.nodeName = nil
        pod.spec.tolerations = []
        #expect(pod.json == ["spec": ["tolerations": []]])
    }

    @Test func mismatchedShapesReadAsAbsentAndAreKept() {
        var pod = Pod(json: ["spec": ["nodeName": 7, "containers": "nope", "priority": "high"]])
        #expect(pod.spec.nodeName == nil)
        #expect(pod.spec.containers.isEmpty)
        #expect(pod.spec.priority == nil)
        pod.spec.hostname = "h"
        #expect(pod.json == ["spec": ["nodeName": 7, "containers": "nope", "priority": "high", "hostname": "h"]])
    }

    @Test func kubeResourceMetadata() {
        #expect(Pod.apiVersion == "v1")
        #expect(Deployment.apiVersion == "apps/v1")
        #expect(EventsV1Event.apiVersion == "events.k8s.io/v1")
        #expect(CustomResourceDefinition.shortNames == ["crd", "crds"])
        #expect(Endpoints.singular == "endpoints")
        #expect(Pod.singular == "pod")
        #expect(Deployment.categories == ["all"] && ConfigMap.categories.isEmpty)
        #expect(!Node.namespaced && Pod.namespaced)
        let names = KubeAPIResources.all.map { "\($0.group)/\($0.plural)" }
        #expect(Set(names).count == names.count)
        var item = ConfigMap(json: ["metadata": ["name": "c"]])
        item.setTypeMeta()
        #expect(item.kind == "ConfigMap" && item.apiVersion == "v1")
    }

    @Test func genericInitializersSetTypeMeta() {
        func make<T: JSONBacked>(_: T.Type) -> T { T() }
        #expect(make(Pod.self).json == ["apiVersion": "v1", "kind": "Pod"])
        #expect(make(Lease.self).apiVersion == "coordination.k8s.io/v1")
        #expect(make(Container.self).json == .emptyObject)
        #expect(Deployment.listKind == "DeploymentList")
        #expect(ObjectMeta(name: "a", namespace: "ns").key == "ns/a")
        #expect(ObjectMeta(name: "n").key == "n")
    }

    @Test func listsAndWatchEvents() throws {
        let list = try KubeList<Pod>(jsonString: #"{"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"12","continue":"abc","remainingItemCount":4},"items":[{"metadata":{"name":"a"}},{"metadata":{"name":"b"}}]}"#)
        #expect(list.items.map(\.metadata.name) == ["a", "b"])
        #expect(list.metadata.resourceVersion == "12")
        #expect(list.metadata.continue == "abc")
        #expect(list.metadata.remainingItemCount == 4)
        let built = KubeList(items: [ConfigMap(name: "x", namespace: "d")], resourceVersion: "3")
        #expect(built.kind == "ConfigMapList")
        #expect(built.items.first?.metadata.namespace == "d")

        let event = try WatchEvent<Pod>(jsonString: #"{"type":"MODIFIED","object":{"kind":"Pod","metadata":{"name":"a","resourceVersion":"7"}}}"#)
        #expect(event.type == .modified)
        #expect(event.object.metadata.resourceVersion == "7")
        #expect(event.status == nil)
        let error = try WatchEvent<Pod>(jsonString: #"{"type":"ERROR","object":{"kind":"Status","code":410,"reason":"Expired","message":"too old resource version: 1 (5)"}}"#)
        #expect(error.status?.code == 410)
        #expect(error.status?.reason == .expired)
        let unknown = try WatchEvent<Pod>(jsonString: #"{"type":"SOMETHING_NEW","object":{}}"#)
        #expect(unknown.type?.rawValue == "SOMETHING_NEW")
        #expect(WatchEvent(type: .added, object: Pod(name: "p")).json.jsonString
            == #"{"object":{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"}},"type":"ADDED"}"#)
    }

    @Test func dynamicObjectsAndViews() throws {
        let image = try DynamicObject(jsonString: #"{"apiVersion":"caching.internal.knative.dev/v1alpha1","kind":"Image","metadata":{"name":"i"},"spec":{"image":"gcr.io/x"}}"#)
        #expect(image.kind == "Image")
        #expect(image.metadata.name == "i")
        #expect(image.json["spec"]?["image"] == "gcr.io/x")
        let asPod = image.view(as: Pod.self)
        #expect(asPod.metadata.name == "i")
    }
}

@Suite struct PodTemplateTests {
    @Test func podsFromTemplatesCopyWhatTheControllersCopy() throws {
        var replicaSet = ReplicaSet(name: "web-abc", namespace: "prod")
        replicaSet.metadata.uid = "rs-uid"
        replicaSet.spec.template = PodTemplateSpec(json: [
            "metadata": ["name": "ignored", "labels": ["app": "web"], "annotations": ["a": "1"], "finalizers": ["f"]],
            "spec": ["containers": [["name": "c", "image": "i", "futureField": 1]]],
        ])
        let pod = Pod(template: replicaSet.spec.template, owner: replicaSet, namespace: "prod")
        #expect(pod.json == [
            "apiVersion": "v1", "kind": "Pod",
            "metadata": [
                "namespace": "prod", "generateName": "web-abc-", "labels": ["app": "web"], "annotations": ["a": "1"],
                "finalizers": ["f"],
                "ownerReferences": [["apiVersion": "apps/v1", "kind": "ReplicaSet", "name": "web-abc", "uid": "rs-uid",
                    "controller": true, "blockOwnerDeletion": true]],
            ],
            "spec": ["containers": [["name": "c", "image": "i", "futureField": 1]]],
        ])
    }

    @Test func templateHashIsStableAndSensitive() throws {
        let a = try PodTemplateSpec(jsonString: #"{"metadata":{"labels":{"app":"web"}},"spec":{"containers":[{"name":"c","image":"i:1"}]}}"#)
        let reordered = try PodTemplateSpec(jsonString: #"{"spec":{"containers":[{"image":"i:1","name":"c"}]},"metadata":{"labels":{"app":"web"}}}"#)
        var changed = a
        changed.spec.containers[0].image = "i:2"
        #expect(a.templateHash() == reordered.templateHash())
        #expect(a.templateHash() != changed.templateHash())
        #expect(a.templateHash() != a.templateHash(collisionCount: 1))
        #expect(a.templateHash().allSatisfy { "bcdfghjklmnpqrstvwxz2456789".contains($0) })
        #expect(!a.templateHash().isEmpty && a.templateHash().count <= 10)
    }
}

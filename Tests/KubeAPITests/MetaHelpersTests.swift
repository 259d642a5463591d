import Foundation
import Testing
@testable import KubeAPI

@Suite struct MetaHelpersTests {
    let t0 = Date(timeIntervalSince1970: 1_700_000_000)
    let t1 = Date(timeIntervalSince1970: 1_700_000_060)

    @Test func settingConditionsTracksTransitions() {
        var conditions: [Condition] = []
        let changed1 = conditions.set(Condition(type: "Ready", status: .false, reason: "Starting"), now: t0)
        #expect(changed1)
        #expect(conditions.condition(ofType: "Ready")?.lastTransitionTime == t0)
        #expect(!conditions.isTrue("Ready"))

        // Same status, new reason: updated, transition time kept.
        let changed2 = conditions.set(Condition(type: "Ready", status: .false, reason: "Pulling"), now: t1)
        #expect(changed2)
        #expect(conditions[0].reason == "Pulling")
        #expect(conditions[0].lastTransitionTime == t0)

        // Nothing different: no change reported.
        let changed3 = conditions.set(Condition(type: "Ready", status: .false, reason: "Pulling"), now: t1)
        #expect(!changed3)

        // Status flips: transition time moves.
        let changed4 = conditions.set(Condition(type: "Ready", status: .true), now: t1)
        #expect(changed4)
        #expect(conditions.isTrue("Ready"))
        #expect(conditions[0].lastTransitionTime == t1)
        #expect(conditions[0].reason == nil)

        conditions.set(Condition(type: "Other", status: .unknown), now: t0)
        #expect(conditions.map(\.type) == ["Ready", "Other"])
        let changed5 = conditions.remove(type: "Ready")
        #expect(changed5)
        let changed6 = conditions.remove(type: "Ready")
        #expect(!changed6)
    }

    @Test func controllerReferences() throws {
        var owner = ReplicaSet(name: "rs", namespace: "d")
        owner.metadata.uid = "uid-rs"
        var other = Deployment(name: "dep", namespace: "d")
        other.metadata.uid = "uid-dep"
        var pod = Pod(name: "p", namespace: "d")
        pod.metadata.ownerReferences = [OwnerReference(json: ["uid": "uid-rs", "kind": "ReplicaSet", "note": "kept"])]

        try pod.metadata.setControllerReference(to: owner)
        let reference = try #require(pod.metadata.controllerReference)
        #expect(reference.json == [
            "apiVersion": "apps/v1", "kind": "ReplicaSet", "name": "rs", "uid": "uid-rs",
            "controller": true, "blockOwnerDeletion": true, "note": "kept",
        ])
        #expect(pod.metadata.ownerReferences.count == 1)
        #expect(throws: AlreadyControlledError.self) { try pod.metadata.setControllerReference(to: other) }
        #expect(OwnerReference(owner: other).controller == nil)

        let image = DynamicObject(json: ["apiVersion": "caching.internal.knative.dev/v1alpha1", "kind": "Image",
            "metadata": ["name": "img", "uid": "uid-img"]])
        var daemonSet = DaemonSet(name: "img-cache", namespace: "d")
        try daemonSet.metadata.setControllerReference(to: image)
        #expect(daemonSet.metadata.controllerReference?.json == [
            "apiVersion": "caching.internal.knative.dev/v1alpha1", "kind": "Image", "name": "img", "uid": "uid-img",
            "controller": true, "blockOwnerDeletion": true,
        ])
        // A list item without apiVersion/kind still gets them from its Swift type.
        let listed = ReplicaSet(json: ["metadata": ["name": "rs2", "uid": "u2"]])
        #expect(OwnerReference(owner: listed).kind == "ReplicaSet")
    }

    @Test func statusErrorsMatchTheAPIServer() {
        let notFound = Status.notFound(group: "apps", resource: "deployments", name: "web")
        #expect(notFound.json == [
            "kind": "Status", "apiVersion": "v1", "metadata": [:], "status": "Failure",
            "message": "deployments.apps \"web\" not found", "reason": "NotFound",
            "details": ["name": "web", "group": "apps", "kind": "deployments"], "code": 404,
        ])
        #expect(Status.alreadyExists(group: "", resource: "pods", name: "p").message == "pods \"p\" already exists")
        #expect(Status.conflict(group: "", resource: "configmaps", name: "c").message
            == "Operation cannot be fulfilled on configmaps \"c\": the object has been modified; please apply your changes to the latest version and try again")
        let invalid = Status.invalid(group: "", kind: "Pod", name: "p", causes: [
            StatusCause(reason: "FieldValueRequired", message: "Required value", field: "spec.containers"),
        ])
        #expect(invalid.code == 422)
        #expect(invalid.message == "Pod \"p\" is invalid: spec.containers: Required value")
        #expect(invalid.details?.causes.first?.field == "spec.containers")
        let two = Status.invalid(group: "example.com", kind: "Widget", name: "w", causes: [
            StatusCause(reason: "FieldValueInvalid", message: "Invalid value: \"x\"", field: "spec.a"),
            StatusCause(reason: "FieldValueRequired", message: "Required value", field: "spec.b"),
        ])
        #expect(two.message == "Widget.example.com \"w\" is invalid: [spec.a: Invalid value: \"x\", spec.b: Required value]")
        #expect(Status.expired("too old resource version: 1 (5)").code == 410)
    }

    @Test func tablesCarryColumnsAndRows() throws {
        let table = Table(columns: [TableColumnDefinition(name: "Name", type: "string", format: "name")],
            rows: [TableRow(cells: ["a"], object: ["metadata": ["name": "a"]])])
        #expect(table.json["kind"] == "Table")
        #expect(table.columnDefinitions.first?.format == "name")
        #expect(table.rows.first?.cells == ["a"])
        #expect(table.rows.first?.object?["metadata"]?["name"] == "a")
        #expect(Table(columns: [], rows: []).json["rows"] == [])
    }

    @Test func intOrStringScales() {
        #expect(IntOrString.string("25%").scaled(total: 10, roundUp: true) == 3)
        #expect(IntOrString.string("25%").scaled(total: 10, roundUp: false) == 2)
        #expect(IntOrString.int(4).scaled(total: 10, roundUp: true) == 4)
        #expect(IntOrString.string("http").scaled(total: 10, roundUp: true) == nil)
        #expect(IntOrString.string("\(Int.max)%").scaled(total: 10, roundUp: true) == nil)
        #expect(IntOrString(jsonValue: "http") == .string("http"))
        #expect(IntOrString(jsonValue: 8080) == .int(8080))
        #expect(IntOrString(jsonValue: true) == nil)
    }

    @Test func secretsAndCRDs() throws {
        var secret = Secret(name: "s", namespace: "d")
        secret.setData("token", bytes: Array("hunter2".utf8))
        #expect(secret.data["token"] == "aHVudGVyMg==")
        #expect(secret.decodedData("token") == Array("hunter2".utf8))
        secret.data["bad"] = "%%%"
        #expect(secret.decodedData("bad") == nil)

        let crd = try CustomResourceDefinition(jsonString: #"""
            {"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition","metadata":{"name":"images.caching.internal.knative.dev"},
             "spec":{"group":"caching.internal.knative.dev","scope":"Namespaced",
               "names":{"kind":"Image","plural":"images","singular":"image","shortNames":["img"],"categories":["knative-internal"]},
               "versions":[{"name":"v1alpha1","served":true,"storage":true,
                 "schema":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},
                 "subresources":{"status":{},"scale":{"specReplicasPath":".spec.replicas","statusReplicasPath":".status.replicas"}},
                 "additionalPrinterColumns":[{"name":"Image","type":"string","jsonPath":".spec.image"}]}]},
             "status":{"conditions":[{"type":"Established","status":"True"}],"acceptedNames":{"kind":"Image","plural":"images"},"storedVersions":["v1alpha1"]}}
            """#)
        #expect(crd.spec.names.shortNames == ["img"])
        #expect(crd.spec.names.categories == ["knative-internal"])
        let version = try #require(crd.storageVersion)
        #expect(version.name == "v1alpha1")
        #expect(version.hasStatusSubresource)
        #expect(version.subresources?.scale?.specReplicasPath == ".spec.replicas")
        #expect(version.schema?.openAPIV3Schema?["x-kubernetes-preserve-unknown-fields"] == true)
        #expect(version.additionalPrinterColumns.first?.jsonPath == ".spec.image")
        #expect(crd.version(named: "v2") == nil)
        #expect(crd.isEstablished)
        #expect(crd.status.acceptedNames.plural == "images")
        #expect(crd.status.storedVersions == ["v1alpha1"])

        let scale = Scale(name: "web", namespace: "d", replicas: 4)
        #expect(scale.json == ["apiVersion": "autoscaling/v1", "kind": "Scale", "metadata": ["name": "web", "namespace": "d"],
            "spec": ["replicas": 4]])
    }

    @Test func eventsOfBothGroups() throws {
        var event = EventsV1Event(name: "e", namespace: "d")
        event.regarding.kind = "Pod"
        event.regarding.name = "p"
        event.reason = "Pulled"
        event.note = "pulled image"
        event.type = "Normal"
        event.reportingController = "thaw.dev/kubelet"
        event.eventTime = Date(timeIntervalSince1970: 1_700_000_000.5)
        event.series = EventSeries(json: ["count": 2])
        #expect(event.json["eventTime"] == "2023-11-14T22:13:20.500000Z")
        #expect(event.series?.count == 2)
        #expect(event.json["regarding"] == ["kind": "Pod", "name": "p"])

        let core = try CoreV1Event(jsonString: #"{"involvedObject":{"kind":"Pod","name":"p","fieldPath":"spec.containers{web}"},"reason":"BackOff","count":5,"firstTimestamp":"2024-01-01T00:00:00Z","source":{"component":"kubelet","host":"n1"}}"#)
        #expect(core.involvedObject.fieldPath == "spec.containers{web}")
        #expect(core.count == 5)
        #expect(core.source.host == "n1")
        #expect(core.firstTimestamp == Date(timeIntervalSince1970: 1_704_067_200))
        #expect(CoreV1Event.group == "" && EventsV1Event.group == "events.k8s.io")
    }
}

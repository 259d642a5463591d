import KubeAPI
import Testing
@testable import KubePatch

@Suite("Server-side apply")
struct ServerSideApplyTests {
    let t1 = "2026-01-01T00:00:00Z"
    let t2 = "2026-01-02T00:00:00Z"
    let t3 = "2026-01-03T00:00:00Z"

    func deployment(replicas: Int?, labels: String = #"{"app":"web"}"#, containers: String = #"[{"name":"nginx","image":"nginx:1","ports":[{"containerPort":80}]}]"#) throws -> JSONValue {
        let replicasText = replicas.map { #""replicas":\#($0),"# } ?? ""
        return try json(#"{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","labels":"# + labels + "},"
            + #""spec":{"# + replicasText + #""selector":{"matchLabels":{"app":"web"}},"template":{"metadata":{"labels":{"app":"web"}},"spec":{"containers":"#
            + containers + "}}}}")
    }

    func apply(_ config: JSONValue, to live: JSONValue?, manager: String = "kubectl", force: Bool = false, time: String? = nil) throws(ApplyError) -> JSONValue {
        try ServerSideApply.apply(config, to: live, manager: manager, force: force, strategies: nil, time: time ?? t1, apiVersion: "apps/v1")
    }

    /// The error applying `config` gives, or nil when it succeeds.
    func failure(_ config: JSONValue, to live: JSONValue?, manager: String = "kubectl", time: String? = nil) -> ApplyError? {
        do throws(ApplyError) {
            _ = try apply(config, to: live, manager: manager, time: time)
            return nil
        } catch {
            return error
        }
    }

    func entries(_ object: JSONValue) -> [JSONValue] {
        object[path: ["metadata", "managedFields"]]?.arrayValue ?? []
    }

    func entry(_ object: JSONValue, manager: String) -> JSONValue? {
        entries(object).first { $0["manager"]?.stringValue == manager }
    }

    @Test func firstApplyRecordsTheAppliedFieldsInKubernetesShape() throws {
        let result = try apply(try deployment(replicas: 2), to: nil)
        #expect(result[path: ["spec", "replicas"]] == 2)
        let all = entries(result)
        #expect(all.count == 1)
        let expected = try json(#"""
        {"manager":"kubectl","operation":"Apply","apiVersion":"apps/v1","time":"2026-01-01T00:00:00Z","fieldsType":"FieldsV1",
         "fieldsV1":{"f:metadata":{"f:labels":{"f:app":{}}},
           "f:spec":{"f:replicas":{},"f:selector":{},"f:template":{"f:metadata":{"f:labels":{"f:app":{}}},
             "f:spec":{"f:containers":{"k:{\"name\":\"nginx\"}":{".":{},"f:image":{},"f:name":{},
               "f:ports":{"k:{\"containerPort\":80,\"protocol\":\"TCP\"}":{".":{},"f:containerPort":{}}}}}}}}}}
        """#)
        #expect(all.first == expected)
    }

    @Test func reapplyingWithoutAFieldRemovesIt() throws {
        let first = try apply(try deployment(replicas: 2, labels: #"{"app":"web","tier":"front"}"#), to: nil)
        let second = try apply(try deployment(replicas: nil), to: first, time: t2)
        #expect(second[path: ["spec", "replicas"]] == nil)
        #expect(second[path: ["metadata", "labels"]] == ["app": "web"])
        let fields = try #require(entry(second, manager: "kubectl")?["fieldsV1"])
        #expect(fields[path: ["f:spec", "f:replicas"]] == nil)
        #expect(fields[path: ["f:metadata", "f:labels", "f:tier"]] == nil)
        #expect(entry(second, manager: "kubectl")?["time"] == .string(t2))
    }

    @Test func reapplyingWithoutAContainerRemovesIt() throws {
        let two = #"[{"name":"nginx","image":"nginx:1"},{"name":"sidecar","image":"busybox"}]"#
        let first = try apply(try deployment(replicas: 1, containers: two), to: nil)
        let second = try apply(try deployment(replicas: 1, containers: #"[{"name":"nginx","image":"nginx:1"}]"#), to: first)
        let names = second[path: ["spec", "template", "spec", "containers"]]?.arrayValue?.compactMap { $0["name"]?.stringValue }
        #expect(names == ["nginx"])
    }

    @Test func aFieldAnotherManagerOwnsSurvivesRemovalFromTheConfiguration() throws {
        let applied = try apply(try deployment(replicas: 2), to: nil)
        var scaled = applied
        scaled[path: ["spec", "replicas"]] = 5
        let recorded = ServerSideApply.recordUpdate(old: applied, new: scaled, manager: "hpa", subresource: nil, time: t2, apiVersion: "apps/v1")
        let reapplied = try apply(try deployment(replicas: nil), to: recorded, time: t3)
        #expect(reapplied[path: ["spec", "replicas"]] == 5)
        #expect(entry(reapplied, manager: "hpa")?[path: ["fieldsV1", "f:spec", "f:replicas"]] == .emptyObject)
    }

    @Test func twoAppliersConflictUnlessForced() throws {
        let base = try apply(try deployment(replicas: 3), to: nil, manager: "alice")
        let error = failure(try deployment(replicas: 5), to: base, manager: "bob", time: t2)
        if case .conflicts(let conflicts)? = error {
            #expect(conflicts == [ApplyConflict(manager: "alice", field: ".spec.replicas", operation: "Apply", apiVersion: "apps/v1", time: t1)])
            #expect(ServerSideApply.conflictMessage(conflicts) == #"Apply failed with 1 conflict: conflict with "alice": .spec.replicas"#)
        } else {
            Issue.record("expected conflicts, got \(String(describing: error))")
        }
        let forced = try apply(try deployment(replicas: 5), to: base, manager: "bob", force: true, time: t2)
        #expect(forced[path: ["spec", "replicas"]] == 5)
        #expect(entry(forced, manager: "alice")?[path: ["fieldsV1", "f:spec", "f:replicas"]] == nil)
        #expect(entry(forced, manager: "alice")?[path: ["fieldsV1", "f:spec", "f:selector"]] == .emptyObject)
        #expect(entry(forced, manager: "bob")?[path: ["fieldsV1", "f:spec", "f:replicas"]] == .emptyObject)
    }

    @Test func applyingTheSameValueSharesOwnership() throws {
        let base = try apply(try deployment(replicas: 3), to: nil, manager: "alice")
        let shared = try apply(try deployment(replicas: 3), to: base, manager: "bob", time: t2)
        #expect(entry(shared, manager: "alice")?[path: ["fieldsV1", "f:spec", "f:replicas"]] == .emptyObject)
        #expect(entry(shared, manager: "bob")?[path: ["fieldsV1", "f:spec", "f:replicas"]] == .emptyObject)
        #expect(entries(shared).compactMap { $0["manager"]?.stringValue } == ["alice", "bob"])
    }

    @Test func kubectlEditTakesOwnershipAndTheNextApplyConflicts() throws {
        let applied = try apply(try deployment(replicas: 1), to: nil)
        var edited = applied
        edited[path: ["spec", "template", "spec", "containers"]] = try json(#"[{"name":"nginx","image":"nginx:2","ports":[{"containerPort":80}]}]"#)
        let recorded = ServerSideApply.recordUpdate(old: applied, new: edited, manager: "kubectl-edit", subresource: nil, time: t2, apiVersion: "apps/v1")
        let editEntry = try #require(entry(recorded, manager: "kubectl-edit"))
        #expect(editEntry["operation"] == "Update")
        #expect(editEntry[path: ["fieldsV1", "f:spec", "f:template", "f:spec", "f:containers", #"k:{"name":"nginx"}"#]] == ["f:image": [:]])
        #expect(entry(recorded, manager: "kubectl")?[path: ["fieldsV1", "f:spec", "f:template", "f:spec", "f:containers", #"k:{"name":"nginx"}"#, "f:image"]] == nil)
        #expect(entries(recorded).compactMap { $0["operation"]?.stringValue } == ["Apply", "Update"])
        let error = failure(try deployment(replicas: 1), to: recorded, time: t3)
        if case .conflicts(let conflicts)? = error {
            #expect(ServerSideApply.conflictMessage(conflicts)
                == #"Apply failed with 1 conflict: conflict with "kubectl-edit" using apps/v1: .spec.template.spec.containers[name="nginx"].image"#)
            #expect(conflicts.first?.causeMessage == #"conflict with "kubectl-edit" using apps/v1"#)
        } else {
            Issue.record("expected conflicts, got \(String(describing: error))")
        }
    }

    @Test func createRecordsTheCreatorAsAnUpdater() throws {
        let created = ServerSideApply.recordUpdate(old: nil, new: try deployment(replicas: 1), manager: "kubectl-create",
                                                   subresource: nil, time: t1, apiVersion: "apps/v1")
        let fields = try #require(entry(created, manager: "kubectl-create")?["fieldsV1"])
        #expect(fields[path: ["f:metadata", "f:labels"]] == [".": [:], "f:app": [:]])
        #expect(fields[path: ["f:spec", "."]] == nil)
        #expect(fields[path: ["f:spec", "f:template", "f:spec", "f:containers", "."]] == nil)
        #expect(fields[path: ["f:spec", "f:template", "f:spec", "f:containers", #"k:{"name":"nginx"}"#, "."]] == .emptyObject)
        #expect(fields[path: ["f:metadata", "f:name"]] == nil)
    }

    @Test func statusWritesRecordTheirSubresource() throws {
        let live = try apply(try deployment(replicas: 1), to: nil)
        var updated = live
        updated["status"] = ["replicas": 1]
        let recorded = ServerSideApply.recordUpdate(old: live, new: updated, manager: "controller", subresource: "status", time: t2, apiVersion: "apps/v1")
        let status = try #require(entry(recorded, manager: "controller"))
        #expect(status["subresource"] == "status")
        #expect(status[path: ["fieldsV1", "f:status"]] == [".": [:], "f:replicas": [:]])
        #expect(entry(recorded, manager: "kubectl")?["subresource"] == nil)
    }

    @Test func anUnchangedWriteRecordsNothing() throws {
        let live = try apply(try deployment(replicas: 1), to: nil)
        let recorded = ServerSideApply.recordUpdate(old: live, new: live, manager: "noop", subresource: nil, time: t2, apiVersion: "apps/v1")
        #expect(entry(recorded, manager: "noop") == nil)
        #expect(entries(recorded) == entries(live))
    }

    @Test func multipleConflictsAreGroupedByManager() {
        let conflicts = [
            ApplyConflict(manager: "b", field: ".spec.replicas", operation: "Update", apiVersion: "apps/v1"),
            ApplyConflict(manager: "a", field: ".metadata.labels.x", operation: "Apply"),
            ApplyConflict(manager: "b", field: ".spec.paused", operation: "Update", apiVersion: "apps/v1"),
        ]
        #expect(ServerSideApply.conflictMessage(conflicts) == """
            Apply failed with 3 conflicts: conflicts with "a":
            - .metadata.labels.x
            conflicts with "b" using apps/v1:
            - .spec.replicas
            - .spec.paused
            """)
    }

    @Test func finalizersAreASetAndOwnerReferencesAreKeyedByUID() throws {
        let config = try json(#"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c","finalizers":["example.com/a"],"ownerReferences":[{"uid":"u1","name":"o","kind":"X","apiVersion":"v1"}]},"data":{"k":"v"}}"#)
        let result = try ServerSideApply.apply(config, to: nil, manager: "m", force: false, strategies: nil, time: t1, apiVersion: "v1")
        let fields = try #require(entry(result, manager: "m")?["fieldsV1"])
        #expect(fields == (try json(#"{"f:data":{"f:k":{}},"f:metadata":{"f:finalizers":{"v:\"example.com/a\"":{}},"f:ownerReferences":{"k:{\"uid\":\"u1\"}":{}}}}"#)))
    }

    @Test func customResourceSchemasKeyListsAndUnknownFieldsAreMapEntries() throws {
        let schema = try json(#"""
        {"type":"object","properties":{"spec":{"type":"object","properties":{
          "items":{"type":"array","x-kubernetes-list-type":"map","x-kubernetes-list-map-keys":["id"],"items":{"type":"object","properties":{"id":{"type":"string"},"v":{"type":"integer"}}}},
          "extra":{"type":"object","x-kubernetes-preserve-unknown-fields":true}}}}}
        """#)
        let strategies = PatchStrategies(openAPIV3Schema: schema)
        let config = try json(#"{"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"w"},"spec":{"items":[{"id":"a","v":1}],"extra":{"deep":{"x":1}}}}"#)
        let result = try ServerSideApply.apply(config, to: nil, manager: "m", force: false, strategies: strategies, time: t1, apiVersion: "example.com/v1")
        let fields = try #require(entry(result, manager: "m")?["fieldsV1"])
        #expect(fields[path: ["f:spec", "f:items", #"k:{"id":"a"}"#]] == [".": [:], "f:id": [:], "f:v": [:]])
        #expect(fields[path: ["f:spec", "f:extra", "f:deep"]] == [".": [:], "f:x": [:]])
        let live = try ServerSideApply.apply(try json(#"{"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"w"},"spec":{"items":[{"id":"b","v":2}]}}"#),
                                             to: result, manager: "other", force: false, strategies: strategies, time: t2, apiVersion: "example.com/v1")
        #expect(live[path: ["spec", "items"]]?.arrayValue?.count == 2)
    }

    @Test func invalidConfigurationsAreRejectedWithTheFieldNamed() throws {
        let cases: [(String, String)] = [
            (#"{"apiVersion":"apps/v1","kind":"Deployment","spec":{"template":{"spec":{"containers":[{"image":"x"}]}}}}"#, "\"name\""),
            (#"{"apiVersion":"apps/v1","kind":"Deployment","spec":{"template":{"spec":{"containers":[{"name":"a"},{"name":"a"}]}}}}"#, "duplicate"),
            (#"{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"managedFields":[]}}"#, "managedFields"),
        ]
        for (text, needle) in cases {
            let error = failure(try json(text), to: nil)
            if case .invalid(let message)? = error {
                #expect(message.contains(needle), "\(message)")
            } else {
                Issue.record("expected invalid for \(text), got \(String(describing: error))")
            }
        }
    }

    @Test func fieldsV1RoundTrips() throws {
        let fields = try json(#"{"f:metadata":{"f:labels":{".":{},"f:a":{}}},"f:spec":{"f:ports":{"k:{\"port\":80,\"protocol\":\"TCP\"}":{".":{},"f:port":{}}},"f:list":{"i:0":{}},"f:set":{"v:1":{}}}}"#)
        let set = try FieldsV1.decode(fields)
        #expect(FieldsV1.encode(set) == fields)
        #expect(set.contains([.field("spec"), .field("ports"), PathElement.makeKey([KeyField(name: "protocol", value: "TCP"), KeyField(name: "port", value: 80)])]))
    }

    @Test func newConfigurationElementsKeepTheLiveOrder() throws {
        let live = try apply(try deployment(replicas: 1, containers: #"[{"name":"a","image":"1"},{"name":"b","image":"2"}]"#), to: nil, manager: "one")
        let merged = try apply(try json(#"{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web"},"spec":{"template":{"spec":{"containers":[{"name":"c","image":"3"},{"name":"a","image":"1"}]}}}}"#),
                               to: live, manager: "two", time: t2)
        let names = merged[path: ["spec", "template", "spec", "containers"]]?.arrayValue?.compactMap { $0["name"]?.stringValue }
        #expect(names == ["c", "a", "b"])
    }

    /// Moving from `kubectl apply` to `kubectl apply --server-side`: the kubectl manager may take
    /// over fields recorded in the last-applied annotation; other managers still conflict.
    @Test func kubectlServerSideApplyTakesOverClientSideApplyFields() throws {
        var created = try deployment(replicas: 1)
        created[path: ["metadata", "annotations", LastApplied.annotation]] = .string((try deployment(replicas: 1)).jsonString + "\n")
        let live = ServerSideApply.recordUpdate(old: nil, new: created, manager: "kubectl-client-side-apply", subresource: nil, time: t1, apiVersion: "apps/v1")
        #expect(entry(live, manager: "kubectl-client-side-apply")?[path: ["fieldsV1", "f:spec", "f:replicas"]] == .emptyObject)

        if case .conflicts(let conflicts)? = failure(try deployment(replicas: 4), to: live, manager: "other", time: t2) {
            #expect(conflicts.map(\.field) == [".spec.replicas"])
        } else {
            Issue.record("expected a conflict for another manager")
        }
        let taken = try apply(try deployment(replicas: 4), to: live, manager: "kubectl", time: t2)
        #expect(taken[path: ["spec", "replicas"]] == 4)
        #expect(entry(taken, manager: "kubectl-client-side-apply")?[path: ["fieldsV1", "f:spec", "f:replicas"]] == nil)
        let annotation = try #require(taken[path: ["metadata", "annotations", LastApplied.annotation]]?.stringValue)
        #expect(try JSONValue.parse(annotation)[path: ["spec", "replicas"]] == 4)
    }

    @Test func applyThroughTheStatusSubresourceIsItsOwnManager() throws {
        let live = try apply(try deployment(replicas: 1), to: nil)
        let status = try json(#"{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web"},"status":{"replicas":1}}"#)
        let result = try ServerSideApply.apply(status, to: live, manager: "kubectl", subresource: "status", force: false,
                                               strategies: nil, time: t2, apiVersion: "apps/v1")
        let statusEntries = entries(result).filter { $0["subresource"] == "status" }
        #expect(statusEntries.count == 1)
        #expect(statusEntries.first?[path: ["fieldsV1", "f:status", "f:replicas"]] == .emptyObject)
        #expect(entry(result, manager: "kubectl")?[path: ["fieldsV1", "f:spec", "f:replicas"]] == .emptyObject)
        #expect(result[path: ["spec", "replicas"]] == 1)
    }

    @Test func ignoredFieldsAreNeitherOwnedNorConflicting() throws {
        var withStatus = try deployment(replicas: 1)
        withStatus["status"] = ["replicas": 7]
        let first = try ServerSideApply.apply(withStatus, to: nil, manager: "a", subresource: nil, force: false, strategies: nil,
                                              ignoredFields: [["status"]], time: t1, apiVersion: "apps/v1")
        #expect(entry(first, manager: "a")?[path: ["fieldsV1", "f:status"]] == nil)
        withStatus["status"] = ["replicas": 9]
        let second = try ServerSideApply.apply(withStatus, to: first, manager: "b", subresource: nil, force: false, strategies: nil,
                                               ignoredFields: [["status"]], time: t2, apiVersion: "apps/v1")
        #expect(entry(second, manager: "b")?[path: ["fieldsV1", "f:spec", "f:replicas"]] == .emptyObject)
        let recorded = ServerSideApply.recordUpdate(old: first, new: second, manager: "c", subresource: nil, time: t3,
                                                    apiVersion: "apps/v1", strategies: nil, ignoredFields: [["status"]])
        #expect(entry(recorded, manager: "c") == nil)
    }

    @Test func reapplyingTheSameConfigurationIsANoOpOnceTimestampsAreRestored() throws {
        let first = try apply(try deployment(replicas: 2), to: nil)
        let again = try apply(try deployment(replicas: 2), to: first, time: t2)
        #expect(entry(again, manager: "kubectl")?["time"] == .string(t2))
        #expect(ServerSideApply.ignoringTimestampOnlyChanges(old: first, new: again) == first)
        let changed = try apply(try deployment(replicas: 3), to: first, time: t2)
        #expect(ServerSideApply.ignoringTimestampOnlyChanges(old: first, new: changed) == changed)
    }

    @Test func aNullScalarInTheConfigurationRemovesTheField() throws {
        let live = try apply(try deployment(replicas: 2), to: nil)
        var config = try deployment(replicas: nil)
        config[path: ["spec", "replicas"]] = .null
        let result = try apply(config, to: live, time: t2)
        #expect(result["spec"]?.objectValue?.keys.contains("replicas") == false)
    }

    @Test func managersAreCappedAtTenUpdaters() throws {
        var object = try deployment(replicas: 0)
        for i in 1...15 {
            let old = object
            object[path: ["metadata", "annotations", "k\(i)"]] = .string("v")
            object = ServerSideApply.recordUpdate(old: old, new: object, manager: "m\(i)", subresource: nil,
                                                  time: String(format: "2026-01-01T00:00:%02dZ", i), apiVersion: "apps/v1")
        }
        let managers = entries(object).compactMap { $0["manager"]?.stringValue }
        #expect(managers.count == 10)
        #expect(managers.filter { $0 == "ancient-changes" }.count == 1)
        #expect(!managers.contains("m2"))
        #expect(managers.contains("m15"))
        let bucket = try #require(entry(object, manager: "ancient-changes"))
        #expect(bucket[path: ["fieldsV1", "f:metadata", "f:annotations", "f:k2"]] == .emptyObject)
    }
}

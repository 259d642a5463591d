import KubeAPI
import Testing
@testable import KubePatch

@Suite("Strategic merge patch")
struct StrategicMergePatchTests {
    let deployment = PatchStrategies.builtIn(group: "apps", kind: "Deployment")

    func deploymentWith(containers: String, extraSpec: String = "") throws -> JSONValue {
        try json(#"{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web"},"spec":{"replicas":1,"#
            + extraSpec + #""template":{"spec":{"containers":"# + containers + "}}}}")
    }

    func patch(_ patch: String, _ document: JSONValue, kind: String = "Deployment", group: String = "apps") throws -> JSONValue {
        let strategies = try #require(PatchStrategies.builtIn(group: group, kind: kind))
        return try StrategicMergePatch.apply(try json(patch), to: document, strategies: strategies)
    }

    func containers(_ doc: JSONValue) -> [JSONValue] {
        doc[path: ["spec", "template", "spec", "containers"]]?.arrayValue ?? []
    }

    @Test func addingAContainerKeepsTheExistingOne() throws {
        let live = try deploymentWith(containers: #"[{"name":"nginx","image":"nginx:1"}]"#)
        let result = try patch(#"{"spec":{"template":{"spec":{"$setElementOrder/containers":[{"name":"nginx"},{"name":"sidecar"}],"containers":[{"name":"sidecar","image":"busybox"}]}}}}"#, live)
        #expect(containers(result) == [try json(#"{"name":"nginx","image":"nginx:1"}"#), try json(#"{"name":"sidecar","image":"busybox"}"#)])
        #expect(result[path: ["spec", "template", "spec"]]?["$setElementOrder/containers"] == nil)
    }

    @Test func removingAContainerWithPatchDelete() throws {
        let live = try deploymentWith(containers: #"[{"name":"nginx","image":"nginx:1"},{"name":"sidecar","image":"busybox"}]"#)
        let result = try patch(#"{"spec":{"template":{"spec":{"$setElementOrder/containers":[{"name":"nginx"}],"containers":[{"$patch":"delete","name":"sidecar"}]}}}}"#, live)
        #expect(containers(result) == [try json(#"{"name":"nginx","image":"nginx:1"}"#)])
    }

    @Test func changingOneEnvVarMergesByName() throws {
        let live = try deploymentWith(containers: #"[{"name":"app","image":"a","env":[{"name":"A","value":"1"},{"name":"B","value":"2"}]}]"#)
        let result = try patch(#"{"spec":{"template":{"spec":{"$setElementOrder/containers":[{"name":"app"}],"containers":[{"name":"app","$setElementOrder/env":[{"name":"A"},{"name":"B"}],"env":[{"name":"B","value":"3"}]}]}}}}"#, live)
        #expect(containers(result).first?["env"] == (try json(#"[{"name":"A","value":"1"},{"name":"B","value":"3"}]"#)))
    }

    @Test func setElementOrderReordersAndKeepsServerOnlyElementsNearTheirNeighbours() throws {
        let live = try deploymentWith(containers: #"[{"name":"a","image":"1"},{"name":"x","image":"server"},{"name":"b","image":"2"}]"#)
        let result = try patch(#"{"spec":{"template":{"spec":{"$setElementOrder/containers":[{"name":"b"},{"name":"a"}]}}}}"#, live)
        #expect(containers(result).compactMap { $0["name"]?.stringValue } == ["x", "b", "a"])
        let live2 = try deploymentWith(containers: #"[{"name":"a","image":"1"},{"name":"b","image":"2"},{"name":"c","image":"server"}]"#)
        let result2 = try patch(#"{"spec":{"template":{"spec":{"$setElementOrder/containers":[{"name":"b"},{"name":"a"}]}}}}"#, live2)
        #expect(containers(result2).compactMap { $0["name"]?.stringValue } == ["b", "a", "c"])
    }

    @Test func setElementOrderMustAgreeWithThePatchList() throws {
        let live = try deploymentWith(containers: #"[{"name":"a","image":"1"}]"#)
        #expect(throws: PatchError.self) {
            try patch(#"{"spec":{"template":{"spec":{"$setElementOrder/containers":[{"name":"a"}],"containers":[{"name":"z","image":"2"}]}}}}"#, live)
        }
    }

    /// As in the kubectl patch documentation: without `$setElementOrder`, patch elements come
    /// first (in patch order), then the live-only elements.
    @Test func newElementsComeFirstInPatchOrder() throws {
        let live = try deploymentWith(containers: #"[{"name":"a","image":"1"}]"#)
        let result = try patch(#"{"spec":{"template":{"spec":{"containers":[{"name":"c","image":"3"},{"name":"b","image":"2"}]}}}}"#, live)
        #expect(containers(result).compactMap { $0["name"]?.stringValue } == ["c", "b", "a"])
    }

    @Test func patchReplaceOnAListReplacesIt() throws {
        let live = try deploymentWith(containers: #"[{"name":"a","image":"1"},{"name":"b","image":"2"}]"#)
        let result = try patch(#"{"spec":{"template":{"spec":{"containers":[{"$patch":"replace"},{"name":"c","image":"3"}]}}}}"#, live)
        #expect(containers(result) == [try json(#"{"name":"c","image":"3"}"#)])
    }

    @Test func patchReplaceAndDeleteOnAMap() throws {
        let live = try json(#"{"metadata":{"name":"x","labels":{"a":"1","b":"2"},"annotations":{"k":"v"}}}"#)
        let result = try patch(#"{"metadata":{"labels":{"$patch":"replace","c":"3"},"annotations":{"$patch":"delete"}}}"#, live, kind: "ConfigMap", group: "")
        #expect(result["metadata"]?["labels"] == (try json(#"{"c":"3"}"#)))
        #expect(result["metadata"]?["annotations"] == .emptyObject)
    }

    /// kube-apiserver does not classify this error, so it answers 500.
    @Test func unknownPatchDirectiveIsAnUnclassifiedError() throws {
        let live = try json(#"{"metadata":{"labels":{"a":"1"}}}"#)
        do {
            _ = try patch(#"{"metadata":{"labels":{"$patch":"frobnicate"}}}"#, live, kind: "ConfigMap", group: "")
            Issue.record("expected an error")
        } catch let error as PatchError {
            #expect(error.httpStatus == 500)
            #expect(error.message.contains("frobnicate"))
        }
    }

    @Test func retainKeysClearsTheOtherMembersOfAUnion() throws {
        let live = try deploymentWith(containers: #"[]"#, extraSpec: #""strategy":{"type":"RollingUpdate","rollingUpdate":{"maxSurge":1}},"#)
        let result = try patch(#"{"spec":{"strategy":{"$retainKeys":["type"],"type":"Recreate","rollingUpdate":null}}}"#, live)
        #expect(result[path: ["spec", "strategy"]] == (try json(#"{"type":"Recreate"}"#)))
    }

    @Test func retainKeysOnAVolumeSwitchesItsSource() throws {
        let live = try json(#"{"spec":{"volumes":[{"name":"data","emptyDir":{}},{"name":"other","emptyDir":{}}],"containers":[]}}"#)
        let result = try patch(#"{"spec":{"$setElementOrder/volumes":[{"name":"data"},{"name":"other"}],"volumes":[{"$retainKeys":["configMap","name"],"configMap":{"name":"cm"},"name":"data"}]}}"#, live, kind: "Pod", group: "")
        #expect(result[path: ["spec", "volumes"]] == (try json(#"[{"name":"data","configMap":{"name":"cm"}},{"name":"other","emptyDir":{}}]"#)))
    }

    @Test func retainKeysMustNameEveryPatchedField() throws {
        let live = try json(#"{"spec":{"strategy":{"type":"Recreate"}}}"#)
        do {
            _ = try patch(#"{"spec":{"strategy":{"$retainKeys":["type"],"rollingUpdate":{"maxSurge":1}}}}"#, live)
            Issue.record("expected an error")
        } catch let error as PatchError {
            #expect(error.httpStatus == 400)
            #expect(error.message.contains("rollingUpdate"))
        }
    }

    @Test func listsOfListsAreInvalid() throws {
        let live = try json(#"{"metadata":{"finalizers":[["a"]]}}"#)
        do {
            _ = try patch(#"{"metadata":{"finalizers":[["b"]]}}"#, live, kind: "ConfigMap", group: "")
            Issue.record("expected an error")
        } catch let error as PatchError {
            #expect(error.httpStatus == 422)
        }
    }

    @Test func primitiveListsMergeAsSetsAndDeleteThroughTheParallelList() throws {
        let live = try json(#"{"metadata":{"name":"x","finalizers":["a","b"]}}"#)
        #expect(try patch(#"{"metadata":{"finalizers":["c","a"]}}"#, live, kind: "ConfigMap", group: "")["metadata"]?["finalizers"]
            == (try json(#"["c","a","b"]"#)))
        #expect(try patch(#"{"metadata":{"$deleteFromPrimitiveList/finalizers":["a"]}}"#, live, kind: "ConfigMap", group: "")["metadata"]?["finalizers"]
            == (try json(#"["b"]"#)))
        let both = try patch(#"{"metadata":{"$setElementOrder/finalizers":["c","b"],"$deleteFromPrimitiveList/finalizers":["a"],"finalizers":["c"]}}"#,
                             live, kind: "ConfigMap", group: "")
        #expect(both["metadata"]?["finalizers"] == (try json(#"["c","b"]"#)))
    }

    @Test func listsWithoutAStrategyAreReplaced() throws {
        let live = try json(#"{"spec":{"containers":[{"name":"a","image":"x","args":["1","2"]}],"tolerations":[{"key":"k1","operator":"Exists"}]}}"#)
        let result = try patch(#"{"spec":{"tolerations":[{"key":"k2","operator":"Exists"}],"containers":[{"name":"a","args":["3"]}]}}"#, live, kind: "Pod", group: "")
        #expect(result[path: ["spec", "tolerations"]] == (try json(#"[{"key":"k2","operator":"Exists"}]"#)))
        #expect(result[path: ["spec", "containers"]] == (try json(#"[{"name":"a","image":"x","args":["3"]}]"#)))
    }

    @Test func nullDeletesAndMapsMerge() throws {
        let live = try json(#"{"metadata":{"name":"x","labels":{"a":"1","b":"2"}},"data":{"k":"v","gone":"x"}}"#)
        let result = try patch(#"{"metadata":{"labels":{"b":null,"c":"3"}},"data":{"gone":null}}"#, live, kind: "ConfigMap", group: "")
        #expect(result == (try json(#"{"metadata":{"name":"x","labels":{"a":"1","c":"3"}},"data":{"k":"v"}}"#)))
    }

    @Test func servicePortsMergeByPortAndContainerPortsByContainerPort() throws {
        let svc = try json(#"{"spec":{"ports":[{"port":80,"targetPort":8080},{"port":443,"targetPort":8443}]}}"#)
        let result = try patch(#"{"spec":{"ports":[{"port":80,"targetPort":9090}]}}"#, svc, kind: "Service", group: "")
        #expect(result[path: ["spec", "ports"]] == (try json(#"[{"port":80,"targetPort":9090},{"port":443,"targetPort":8443}]"#)))
        let pod = try json(#"{"spec":{"containers":[{"name":"a","ports":[{"containerPort":80,"name":"http"}],"volumeMounts":[{"mountPath":"/a","name":"v"}]}]}}"#)
        let podResult = try patch(#"{"spec":{"containers":[{"name":"a","ports":[{"containerPort":80,"name":"web"}],"volumeMounts":[{"mountPath":"/b","name":"w"}]}]}}"#, pod, kind: "Pod", group: "")
        #expect(podResult[path: ["spec", "containers"]] == (try json(#"[{"name":"a","ports":[{"containerPort":80,"name":"web"}],"volumeMounts":[{"mountPath":"/b","name":"w"},{"mountPath":"/a","name":"v"}]}]"#)))
    }

    @Test func aListElementWithoutItsMergeKeyIsRejected() throws {
        let live = try deploymentWith(containers: #"[{"name":"a","image":"1"}]"#)
        do {
            _ = try patch(#"{"spec":{"template":{"spec":{"containers":[{"image":"2"}]}}}}"#, live)
            Issue.record("expected an error")
        } catch let error as PatchError {
            #expect(error.message.contains("does not contain declared merge key: name"))
            #expect(error.httpStatus == 500)
        }
    }

    @Test func directivesInsideNewSubtreesDoNotLeak() throws {
        let live = try json(#"{"metadata":{"name":"x"}}"#)
        let result = try patch(#"{"spec":{"template":{"spec":{"$setElementOrder/containers":[{"name":"a"}],"containers":[{"name":"a","image":"i","env":null}]}}}}"#, live)
        #expect(result[path: ["spec", "template", "spec"]] == (try json(#"{"containers":[{"name":"a","image":"i"}]}"#)))
    }

    @Test func directiveElementsOfANewListAreDropped() throws {
        let live = try json(#"{"spec":{}}"#)
        let result = try patch(#"{"spec":{"containers":[{"name":"gone","$patch":"delete"},{"name":"a","image":"i"}]}}"#, live, kind: "Pod", group: "")
        #expect(result[path: ["spec", "containers"]] == (try json(#"[{"name":"a","image":"i"}]"#)))
    }

    @Test func ownerReferencesMergeByUIDAndUnknownKindsHaveNoStrategies() throws {
        let live = try json(#"{"metadata":{"ownerReferences":[{"uid":"1","name":"a"}]}}"#)
        let result = try patch(#"{"metadata":{"ownerReferences":[{"uid":"2","name":"b"}]}}"#, live, kind: "Secret", group: "")
        #expect(result["metadata"]?["ownerReferences"]?.arrayValue?.count == 2)
        #expect(PatchStrategies.builtIn(group: "example.com", kind: "Widget") == nil)
    }

    @Test(arguments: [("", "Pod"), ("", "Service"), ("", "ConfigMap"), ("", "Secret"), ("", "Namespace"),
                      ("", "ServiceAccount"), ("", "Endpoints"), ("", "Node"), ("apps", "Deployment"), ("apps", "ReplicaSet"),
                      ("apps", "DaemonSet"), ("apps", "StatefulSet"), ("batch", "Job"), ("batch", "CronJob"),
                      ("apiextensions.k8s.io", "CustomResourceDefinition"), ("rbac.authorization.k8s.io", "ClusterRole"),
                      ("networking.k8s.io", "Ingress"), ("policy", "PodDisruptionBudget"),
                      ("admissionregistration.k8s.io", "ValidatingWebhookConfiguration")])
    func builtInKindsHaveStrategies(group: String, kind: String) {
        #expect(PatchStrategies.builtIn(group: group, kind: kind) != nil)
    }

    @Test func cronJobPodTemplatesMergeContainersByName() throws {
        let live = try json(#"{"spec":{"jobTemplate":{"spec":{"template":{"spec":{"containers":[{"name":"a","image":"1"},{"name":"b","image":"2"}]}}}}}}"#)
        let result = try patch(#"{"spec":{"jobTemplate":{"spec":{"template":{"spec":{"containers":[{"name":"b","image":"3"}]}}}}}}"#, live, kind: "CronJob", group: "batch")
        #expect(result[path: ["spec", "jobTemplate", "spec", "template", "spec", "containers"]]
            == (try json(#"[{"name":"a","image":"1"},{"name":"b","image":"3"}]"#)))
    }

    @Test func nodeTaintsAreReplacedWhole() throws {
        let live = try json(#"{"spec":{"taints":[{"key":"a","effect":"NoSchedule"}]}}"#)
        let result = try patch(#"{"spec":{"taints":[{"key":"b","effect":"NoExecute"}]}}"#, live, kind: "Node", group: "")
        #expect(result[path: ["spec", "taints"]] == (try json(#"[{"key":"b","effect":"NoExecute"}]"#)))
    }

    @Test func patchThatIsNotAnObjectIsABadRequest() throws {
        let strategies = try #require(deployment)
        do {
            _ = try StrategicMergePatch.apply(.array([]), to: .emptyObject, strategies: strategies)
            Issue.record("expected an error")
        } catch {
            #expect(error.httpStatus == 400)
        }
    }
}

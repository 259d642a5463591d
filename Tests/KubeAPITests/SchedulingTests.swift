import Testing
@testable import KubeAPI

@Suite struct SchedulingTests {
    static func taint(_ key: String, _ value: String?, _ effect: TaintEffect) -> Taint {
        var taint = Taint(json: ["key": .string(key)])
        taint.value = value
        taint.effect = effect
        return taint
    }

    @Test(arguments: [
        (#"{"key":"gpu","operator":"Exists"}"#, true),
        (#"{"key":"gpu","operator":"Equal","value":"yes"}"#, true),
        (#"{"key":"gpu","value":"yes"}"#, true),
        (#"{"key":"gpu","value":"no"}"#, false),
        (#"{"key":"gpu","operator":"Exists","effect":"NoExecute"}"#, false),
        (#"{"key":"gpu","operator":"Exists","effect":"NoSchedule"}"#, true),
        (#"{"operator":"Exists"}"#, true),
        (#"{"key":"other","operator":"Exists"}"#, false),
        (#"{"key":"gpu","operator":"Resembles"}"#, false),
    ])
    func tolerations(_ toleration: String, _ expected: Bool) throws {
        let t = try Toleration(jsonString: toleration)
        #expect(t.tolerates(Self.taint("gpu", "yes", .noSchedule)) == expected)
    }

    static func node(_ name: String, labels: [String: String], taints: [Taint] = []) -> Node {
        var node = Node(name: name)
        node.metadata.labels = labels
        node.spec.taints = taints
        return node
    }

    @Test func nodeSelectionUsesSelectorAndRequiredAffinity() throws {
        let pod = try Pod(jsonString: Fixtures.pod)
        let linuxAmd = Self.node("a", labels: ["kubernetes.io/os": "linux", "kubernetes.io/arch": "amd64"])
        let linuxS390 = Self.node("b", labels: ["kubernetes.io/os": "linux", "kubernetes.io/arch": "s390x"])
        let windows = Self.node("c", labels: ["kubernetes.io/os": "windows", "kubernetes.io/arch": "amd64"])
        #expect(pod.spec.selectsNode(linuxAmd))
        #expect(!pod.spec.selectsNode(linuxS390))
        #expect(!pod.spec.selectsNode(windows))

        let byName = try NodeSelector(jsonString: #"{"nodeSelectorTerms":[{"matchFields":[{"key":"metadata.name","operator":"In","values":["b"]}]},{"matchExpressions":[{"key":"zone","operator":"Exists"}]}]}"#)
        #expect(byName.matches(linuxS390))
        #expect(!byName.matches(linuxAmd))
        #expect(byName.matches(Self.node("z", labels: ["zone": "1"])))
        #expect(!NodeSelector(json: ["nodeSelectorTerms": [[:]]]).matches(linuxAmd))
        let sizes = try NodeSelector(jsonString: #"{"nodeSelectorTerms":[{"matchExpressions":[{"key":"cores","operator":"Gt","values":["8"]}]}]}"#)
        #expect(sizes.matches(Self.node("big", labels: ["cores": "16"])))
        #expect(!sizes.matches(Self.node("small", labels: ["cores": "4"])))
    }

    @Test func taintsExcludeUntoleratedPods() throws {
        var spec = PodSpec()
        let tainted = Self.node("t", labels: [:], taints: [Self.taint("dedicated", "infra", .noSchedule)])
        let soft = Self.node("s", labels: [:], taints: [Self.taint("dedicated", "infra", .preferNoSchedule)])
        #expect(!spec.toleratesTaints(of: tainted))
        #expect(spec.toleratesTaints(of: soft))
        spec.tolerations = [try Toleration(jsonString: #"{"key":"dedicated","value":"infra","effect":"NoSchedule"}"#)]
        #expect(spec.toleratesTaints(of: tainted))
    }

    @Test func resourceRequestsCountInitContainersAndSidecars() throws {
        let spec = try PodSpec(jsonString: #"""
            {"containers":[{"resources":{"requests":{"cpu":"200m","memory":"100Mi"}}},{"resources":{"requests":{"cpu":"300m"}}}],
             "initContainers":[
               {"resources":{"requests":{"cpu":"1","memory":"50Mi"}}},
               {"restartPolicy":"Always","resources":{"requests":{"cpu":"100m","memory":"10Mi"}}},
               {"resources":{"requests":{"cpu":"950m"}}}],
             "overhead":{"cpu":"10m"}}
            """#)
        let requests = spec.resourceRequests
        // containers 500m + sidecar 100m = 600m; init peak max(1, 100m, 950m+100m) = 1050m; + overhead 10m.
        #expect(requests["cpu"] == Quantity(milli: 1060))
        // containers 100Mi + sidecar 10Mi = 110Mi beats init peak 50Mi.
        #expect(requests["memory"] == (try Quantity(parsing: "110Mi")))
    }
}

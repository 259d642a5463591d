import Foundation
import Testing
@testable import KubeAPI

@Suite struct KubectlDecodeTests {
    @Test func decodesDeployment() throws {
        let deployment = try JSONDecoder().decode(Deployment.self, from: Data(Fixtures.deployment.utf8))
        #expect(deployment.apiVersion == "apps/v1")
        #expect(deployment.kind == "Deployment")
        #expect(deployment.metadata.name == "web")
        #expect(deployment.metadata.generation == 3)
        #expect(deployment.metadata.resourceVersion == "48211")
        #expect(deployment.metadata.creationTimestamp == Date(timeIntervalSince1970: 1_715_677_951))
        #expect(deployment.metadata.annotations["deployment.kubernetes.io/revision"] == "2")
        #expect(deployment.metadata.managedFields.map(\.manager) == ["kubectl-client-side-apply", "kube-controller-manager"])
        #expect(deployment.metadata.managedFields[1].subresource == "status")
        #expect(deployment.metadata.managedFields[0].fieldsV1?["f:spec"]?["f:replicas"] == .emptyObject)

        let spec = deployment.spec
        #expect(spec.replicas == 3)
        #expect(spec.selector.matchLabels == ["app": "web"])
        #expect(spec.strategy.type == "RollingUpdate")
        #expect(spec.strategy.rollingUpdate?.maxSurge == .string("25%"))
        #expect(spec.strategy.rollingUpdate?.maxUnavailable?.scaled(total: 3, roundUp: false) == 0)
        #expect(spec.template.metadata.labels == ["app": "web"])
        #expect(spec.template.metadata.creationTimestamp == nil)
        let container = try #require(spec.template.spec.containers.first)
        #expect(container.image == "nginx:1.25")
        #expect(container.imagePullPolicy == .ifNotPresent)
        #expect(container.ports.first?.containerPort == 80)
        #expect(container.resources.requests["cpu"]?.milliValue == 100)
        let memoryLimit = try #require(container.resources.limits["memory"])
        #expect(memoryLimit.value == Int64(256 * 1024 * 1024), "\(memoryLimit.nanoValue) \(memoryLimit.value)")
        #expect(spec.template.spec.terminationGracePeriodSeconds == 30)

        let status = deployment.status
        #expect(status.observedGeneration == 3)
        #expect(status.readyReplicas == 3)
        #expect(status.conditions.isTrue("Available"))
        #expect(status.conditions.condition(ofType: "Progressing")?.reason == "NewReplicaSetAvailable")
        #expect(status.conditions[0].lastUpdateTime == Date(timeIntervalSince1970: 1_715_677_953))
        // Decoding and encoding again is lossless.
        #expect(try JSONValue.parse(Array(JSONEncoder().encode(deployment))) == JSONValue.parse(Fixtures.deployment))
    }

    @Test func decodesPod() throws {
        let pod = try Pod(jsonString: Fixtures.pod)
        #expect(pod.metadata.generateName == "web-7d4b9c8f6d-")
        #expect(pod.metadata.controllerReference?.kind == "ReplicaSet")
        #expect(pod.metadata.controllerReference?.blockOwnerDeletion == true)
        #expect(pod.metadata.isOwned(byUID: "0f3e2c1a-8a43-4d1e-b8f5-3c2a1d0e9f77"))

        let spec = pod.spec
        #expect(spec.nodeName == "worker-2")
        #expect(spec.nodeSelector == ["kubernetes.io/os": "linux"])
        #expect(spec.serviceAccountName == "default")
        #expect(spec.priority == 0)
        #expect(spec.securityContext?.runAsNonRoot == true)
        #expect(spec.securityContext?.seccompProfile?.type == "RuntimeDefault")
        #expect(spec.tolerations.map(\.tolerationSeconds) == [300, 300])
        #expect(spec.tolerations[0].operator == .exists)
        #expect(spec.tolerations[0].effect == .noExecute)
        let term = try #require(spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms.first)
        #expect(term.matchExpressions.first?.values == ["amd64", "arm64"])
        #expect(term.matchExpressions.first?.operator == .in)
        #expect(spec.initContainers.first?.command == ["sh", "-c", "echo warming"])
        #expect(spec.initContainers.first?.imagePullPolicy == .always)
        #expect(spec.containers[0].volumeMounts[1].readOnly == true)
        #expect(spec.volumes[0].emptyDir?.sizeLimit == Quantity(1 << 30, format: .binarySI))
        #expect(spec.volumes[0].emptyDir?.medium == nil)
        #expect(spec.volumes[1].emptyDir == nil)
        #expect(spec.volumes[1].projected?["defaultMode"] == 420)
        #expect(spec.resourceRequests == ["cpu": try Quantity(parsing: "500m"), "memory": try Quantity(parsing: "128Mi")])

        let status = pod.status
        #expect(status.phase == .running)
        #expect(pod.isReady)
        #expect(!pod.isTerminal)
        #expect(status.podIP == "10.244.2.17")
        #expect(status.podIPs.map(\.ip) == ["10.244.2.17"])
        #expect(status.hostIP == "10.0.0.12")
        #expect(status.startTime == Date(timeIntervalSince1970: 1_715_678_103))
        #expect(status.qosClass == "Burstable")
        let web = try #require(status.containerStatuses.first)
        #expect(web.ready == true)
        #expect(web.restartCount == 1)
        #expect(web.state.running?.startedAt == Date(timeIntervalSince1970: 1_715_678_106))
        #expect(web.state.waiting == nil)
        #expect(web.lastState.terminated?.exitCode == 137)
        #expect(web.lastState.terminated?.reason == "OOMKilled")
        let warm = try #require(status.initContainerStatuses.first)
        #expect(warm.state.waiting?.reason == "ImagePullBackOff")
        #expect(status.conditions.condition(ofType: "Initialized")?.lastProbeTime == nil)
        #expect(pod.json == (try JSONValue.parse(Fixtures.pod)))
    }

    @Test func invalidJSONThrowsWithOffset() {
        #expect(throws: JSONParseError.self) { try Pod(jsonString: #"{"spec": {"containers": [}}"#) }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Pod.self, from: Data(#"{"spec": "#.utf8))
        }
    }
}

@Suite struct DiscoveryDecodeTests {
    @Test func decodesDiscoveryDocuments() throws {
        let resources = try APIResourceList(jsonString: #"""
            {"kind":"APIResourceList","apiVersion":"v1","groupVersion":"apps/v1","resources":[
              {"name":"deployments","singularName":"deployment","namespaced":true,"kind":"Deployment",
               "verbs":["create","delete","deletecollection","get","list","patch","update","watch"],"shortNames":["deploy"],
               "categories":["all"],"storageVersionHash":"8aSe+NMegvE="},
              {"name":"deployments/scale","singularName":"","namespaced":true,"group":"autoscaling","version":"v1",
               "kind":"Scale","verbs":["get","patch","update"]}]}
            """#)
        #expect(resources.groupVersion == "apps/v1")
        #expect(resources.resources.map(\.name) == ["deployments", "deployments/scale"])
        #expect(resources.resources[0].shortNames == ["deploy"])
        #expect(resources.resources[1].group == "autoscaling")
        let groups = try APIGroupList(jsonString: #"{"kind":"APIGroupList","apiVersion":"v1","groups":[{"name":"apps","versions":[{"groupVersion":"apps/v1","version":"v1"}],"preferredVersion":{"groupVersion":"apps/v1","version":"v1"}}]}"#)
        #expect(groups.groups.first?.preferredVersion.groupVersion == "apps/v1")
        let versions = try APIVersions(jsonString: #"{"kind":"APIVersions","versions":["v1"],"serverAddressByClientCIDRs":[{"clientCIDR":"0.0.0.0/0","serverAddress":"10.0.0.1:6443"}]}"#)
        #expect(versions.versions == ["v1"])
        #expect(versions.kind == "APIVersions")
    }
}

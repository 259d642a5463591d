import ControllerRuntime
import Foundation
import ImageCaching
import KubeAPI
import KubeClient
import KubeLocalCluster
import Testing
import ThawTestSupport

@Suite(.serialized) struct ImageCacheIntegrationTests {
    @Test func anImageBecomesReadyOnEveryNodeAndALaterPodStartsWithoutAPull() async throws {
        try await CacheCluster.run(nodes: 3) { cluster in
            try await cluster.createImage("web-cache", "ghcr.io/acme/web:1")
            #expect(await eventually { await cluster.ready("web-cache")?.status == .true })
            #expect(await cluster.nodes("web-cache") == "3/3")
            let groups = try await cluster.daemonSets()
            #expect(groups.count == 1)
            #expect(groups.first?.spec.template.spec.containers.map(\.image) == ["ghcr.io/acme/web:1"])

            var pod = Pod(name: "web", namespace: "default")
            var container = Container(json: .emptyObject)
            container.name = "web"
            container.image = "ghcr.io/acme/web:1"
            pod.spec.containers = [container]
            pod.spec.nodeName = "node-2"
            _ = try await cluster.client.resource(Pod.self, namespace: "default").create(pod)
            #expect(await eventually { (try? await cluster.client.resource(Pod.self, namespace: "default").get("web"))?.status.phase == .running })
            // The kubelet records its events next to the status update, not before it: wait for them.
            func events() async -> [CoreV1Event] {
                ((try? await cluster.client.resource(CoreV1Event.self, namespace: "default").list().items) ?? []).filter { $0.involvedObject.name == "web" }
            }
            #expect(await eventually { await events().contains { $0.reason == "Pulled" && ($0.message ?? "").contains("already present on machine") } })
            #expect(!(await events()).contains { $0.reason == "Pulling" })
        }
    }

    @Test func aNodeAddedLaterGetsTheImage() async throws {
        try await CacheCluster.run(nodes: 2) { cluster in
            try await cluster.createImage("app", "ghcr.io/acme/app:2")
            #expect(await eventually { await cluster.ready("app")?.status == .true })
            #expect(await cluster.nodes("app") == "2/2")
            var grown = cluster.configuration
            grown.nodeCount = 3
            try await KubeletReconciler.registerNodes(grown, client: cluster.client, now: cluster.clock.now)
            #expect(await eventually { await cluster.nodes("app") == "3/3" })
            #expect(await eventually { await cluster.ready("app")?.status == .true })
        }
    }

    @Test(arguments: [(TolerationPolicy.none, "2/2"), (TolerationPolicy.all, "3/3")])
    func aTaintedNodeIsSkippedUnlessTolerated(_ tolerations: TolerationPolicy, _ expected: String) async throws {
        try await CacheCluster.run(nodes: 3, cache: ImageCacheConfiguration(tolerations: tolerations), beforeStart: { client in
            var node = try await client.resource(Node.self).get("node-3")
            var taint = Taint(json: .emptyObject)
            taint.key = "dedicated"
            taint.value = "gpu"
            taint.effect = .noSchedule
            node.spec.taints = [taint]
            _ = try await client.resource(Node.self).update(node)
        }) { cluster in
            try await cluster.createImage("app", "ghcr.io/acme/app:3")
            #expect(await eventually { await cluster.ready("app")?.status == .true })
            #expect(await cluster.nodes("app") == expected)
            let pods = try await cluster.client.resource(Pod.self, namespace: "default").list().items
            #expect(pods.contains { $0.spec.nodeName == "node-3" } == (tolerations == .all))
        }
    }

    @Test func anImagesNodeSelectorAnnotationLimitsItsNodesAndFormsItsOwnGroup() async throws {
        try await CacheCluster.run(nodes: 3) { cluster in
            try await cluster.createImage("everywhere", "ghcr.io/acme/app:1")
            try await cluster.createImage("zone-a-only", "ghcr.io/acme/app:2") {
                $0.metadata.annotations["caching.thaw.dev/node-selector"] = "topology.kubernetes.io/zone=zone-a"
            }
            #expect(await eventually {
                let zoned = await cluster.ready("zone-a-only")?.status, everywhere = await cluster.ready("everywhere")?.status
                return zoned == .true && everywhere == .true
            })
            #expect(await cluster.nodes("zone-a-only") == "1/1")
            #expect(await cluster.nodes("everywhere") == "3/3")
            let groups = try await cluster.daemonSets()
            #expect(groups.count == 2)
            #expect(groups.contains { $0.spec.template.spec.json["nodeSelector"] == ["topology.kubernetes.io/zone": "zone-a"] })
        }
    }

    @Test func aPrivateImageWithoutItsPullSecretFailsWithAClearCondition() async throws {
        let registry = ImageRegistry(images: [RegistryImage(name: "registry.acme.io/private/app:1", sizeBytes: 5_000_000, isPrivate: true, pullSecretName: "acme-pull")],
                                     defaultImageSize: 5_000_000)
        try await CacheCluster.run(nodes: 2, registry: registry) { cluster in
            // Without credentials the pulls fail on every node.
            try await cluster.createImage("no-credentials", "registry.acme.io/private/app:1")
            // False as soon as one node fails; the message names every failing node once each has failed.
            // (A node drops out of the message while its pull is retried, so the condition checked
            // is the one that named both.)
            var condition: Condition?
            #expect(await eventually {
                let ready = await cluster.ready("no-credentials")
                guard ready?.status == .false, let message = ready?.message, message.contains("node-1"), message.contains("node-2") else { return false }
                condition = ready
                return true
            })
            #expect(["ErrImagePull", "ImagePullBackOff"].contains(condition?.reason ?? ""))
            let message = condition?.message ?? ""
            #expect(message.contains("node-1"))
            #expect(message.contains("registry.acme.io/private/app:1"))
            #expect(await eventually {
                let events = (try? await cluster.client.resource(CoreV1Event.self, namespace: "default").list().items) ?? []
                return events.contains { $0.involvedObject.name == "no-credentials" && $0.type == "Warning" }
            })

            // Naming a secret that does not exist: reported at once, and no pods are made for it.
            try await cluster.createImage("missing-secret", "registry.acme.io/private/app:1") {
                $0.spec.imagePullSecrets = [LocalObjectReference(json: ["name": "acme-pull"])]
            }
            #expect(await eventually { await cluster.ready("missing-secret")?.reason == "PullSecretMissing" })
            #expect(await cluster.ready("missing-secret")?.message == "image pull secret \"acme-pull\" not found in namespace \"default\"")
            #expect(try await cluster.daemonSets().allSatisfy { !($0.metadata.annotations["caching.thaw.dev/images"] ?? "").contains("missing-secret") })

            // Once the secret exists the same Image is prefetched.
            var secret = Secret(name: "acme-pull", namespace: "default")
            secret.json["type"] = "kubernetes.io/dockerconfigjson"
            secret.setData(".dockerconfigjson", bytes: Array(#"{"auths":{}}"#.utf8))
            _ = try await cluster.client.resource(Secret.self, namespace: "default").create(secret)
            #expect(await eventually { await cluster.ready("missing-secret")?.status == .true })
        }
    }

    @Test func invalidImagesAreReportedAndOtherClassesIgnored() async throws {
        try await CacheCluster.run(nodes: 2) { cluster in
            try await cluster.createImage("bad-reference", "ghcr.io/Acme/App:1")
            try await cluster.createImage("bad-selector", "ghcr.io/acme/app:1") {
                $0.metadata.annotations["caching.thaw.dev/node-selector"] = "pool"
            }
            try await cluster.createImage("someone-else", "ghcr.io/acme/other:1") {
                $0.metadata.annotations["caching.knative.dev/image.class"] = "kube-fledged"
            }
            try await cluster.createImage("ours", "ghcr.io/acme/ours:1") {
                $0.metadata.annotations["caching.knative.dev/image.class"] = ImageCacheConfiguration.defaultClass
            }
            #expect(await eventually { await cluster.ready("ours")?.status == .true })
            #expect(await eventually { await cluster.ready("bad-reference")?.reason == "InvalidImageName" })
            let badReference = await cluster.ready("bad-reference")?.message ?? ""
            #expect(badReference.contains("\"Acme\""))
            #expect(await eventually { await cluster.ready("bad-selector")?.reason == "InvalidNodeSelector" })
            let other = try await cluster.images.get("someone-else")
            #expect(other.json["status"] == nil || other.status.conditions.isEmpty)
            let listed = try await cluster.daemonSets().flatMap { ($0.metadata.annotations["caching.thaw.dev/images"] ?? "").split(separator: ",") }
            #expect(listed == ["ours"])
        }
    }

    @Test func anImageShapedAsKnativeServingCreatesItIsReconciled() async throws {
        try await CacheCluster.run(nodes: 2) { cluster in
            let revisions = try await KnativeRevisionFixture.install(cluster.client)
            let revision = try await revisions.create(KnativeRevisionFixture.revision(name: "hello-00001"))
            let digest = "ghcr.io/acme/hello@sha256:" + String(repeating: "3f", count: 32)
            let image = try await cluster.createImage("hello-00001-cache-user-container", digest) { image in
                image.metadata.labels = [
                    "app.kubernetes.io/component": "app", "app.kubernetes.io/name": "hello",
                    "serving.knative.dev/configuration": "hello", "serving.knative.dev/configurationGeneration": "1",
                    "serving.knative.dev/configurationUID": "0b6c6a8e-3f2a-4a61-9e1d-3a7e2f0c1b2d",
                    "serving.knative.dev/revision": "hello-00001", "serving.knative.dev/revisionUID": revision.metadata.uid ?? "",
                    "serving.knative.dev/service": "hello", "serving.knative.dev/serviceUID": "5d9c6b2a-1e4f-4c3b-8a7d-6f5e4d3c2b1a",
                ]
                image.metadata.annotations = ["serving.knative.dev/creator": "admin", "serving.knative.dev/routes": "hello"]
                image.metadata.ownerReferences = [OwnerReference(json: [
                    "apiVersion": "serving.knative.dev/v1", "kind": "Revision", "name": "hello-00001",
                    "uid": .string(revision.metadata.uid ?? ""), "controller": true, "blockOwnerDeletion": true,
                ])]
                image.spec.serviceAccountName = ""
            }
            #expect(image.spec.image == digest)
            #expect(await eventually { await cluster.ready("hello-00001-cache-user-container")?.status == .true })
            let stored = try await cluster.images.get("hello-00001-cache-user-container")
            #expect(stored.metadata.ownerReferences.first?.kind == "Revision")
            #expect(stored.metadata.labels["serving.knative.dev/revision"] == "hello-00001")
        }
    }

    @Test func changesUpdateTheGroupInPlaceAndDeletionsLeaveIt() async throws {
        try await CacheCluster.run(nodes: 2, cache: ImageCacheConfiguration(groupSize: 2)) { cluster in
            for (name, tag) in [("a", "1"), ("b", "1"), ("c", "1")] { try await cluster.createImage(name, "ghcr.io/acme/\(name):\(tag)") }
            #expect(await eventually {
                for name in ["a", "b", "c"] where await cluster.ready(name)?.status != .true { return false }
                return true
            })
            let groups = try await cluster.daemonSets().sorted { ($0.metadata.name ?? "") < ($1.metadata.name ?? "") }
            #expect(groups.map { $0.metadata.annotations["caching.thaw.dev/images"] } == ["a,b", "c"])
            let firstUID = groups[0].metadata.uid

            try await modify(cluster.images, "b") { $0.spec.image = "ghcr.io/acme/b:2" }
            #expect(await eventually {
                let group = try? await cluster.client.resource(DaemonSet.self, namespace: "default").get(groups[0].metadata.name ?? "")
                return group?.spec.template.spec.containers.map(\.image) == ["ghcr.io/acme/a:1", "ghcr.io/acme/b:2"]
            })
            #expect(await eventually {
                let b = try? await cluster.images.get("b")
                return b?.status.observedGeneration == 2 && b?.status.conditions.isTrue("Ready") == true
            })
            #expect(try await cluster.client.resource(DaemonSet.self, namespace: "default").get(groups[0].metadata.name ?? "").metadata.uid == firstUID)

            _ = try await cluster.images.delete("c")
            #expect(await eventually { (try? await cluster.daemonSets().count) == 1 })
            _ = try await cluster.images.delete("a")
            #expect(await eventually { (try? await cluster.daemonSets().first?.metadata.annotations["caching.thaw.dev/images"]) == "b" })
            #expect(try await cluster.daemonSets().first?.metadata.uid == firstUID)
            _ = try await cluster.images.delete("b")
            #expect(await eventually { (try? await cluster.daemonSets().isEmpty) == true })
        }
    }

    @Test func threeHundredImagesInThreeNamespacesOnTwentyNodesStayWithinThePodLimit() async throws {
        let namespaces = ["team-a", "team-b", "team-c"]
        try await CacheCluster.run(nodes: 20, registry: ImageRegistry(defaultImageSize: 1_000_000), maxPodsPerNode: 110, scale: 1000, beforeStart: { client in
            for namespace in namespaces { _ = try await client.resource(Namespace.self).create(Namespace(name: namespace)) }
        }) { cluster in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for namespace in namespaces {
                    for slice in 0..<4 {
                        group.addTask {
                            for index in stride(from: slice, to: 100, by: 4) {
                                try await cluster.createImage("img-\(index)", "ghcr.io/\(namespace)/svc-\(index):1", namespace: namespace)
                            }
                        }
                    }
                }
                try await group.waitForAll()
            }
            let allReady = await eventually(600) {
                for namespace in namespaces {
                    guard let images = try? await cluster.client.resource(Image.self, namespace: namespace).list().items,
                        images.count == 100, images.allSatisfy({ $0.status.conditions.isTrue("Ready") })
                    else { return false }
                }
                return true
            }
            #expect(allReady)
            if !allReady { try await printDiagnostics(cluster, namespaces: namespaces) }
            var podsPerNode: [String: Int] = [:]
            for pod in try await cluster.client.resource(Pod.self).allNamespaces.list().items { podsPerNode[pod.spec.nodeName ?? "", default: 0] += 1 }
            #expect(podsPerNode.count == 20)
            #expect(podsPerNode.values.allSatisfy { $0 <= 110 })
            // 100 images per namespace in groups of 20: five pods per namespace per node.
            #expect(podsPerNode.values.allSatisfy { $0 == 15 })
        }
    }

    /// What a failed scale test leaves behind: readiness by reason, pods by phase and node.
    func printDiagnostics(_ cluster: CacheCluster, namespaces: [String]) async throws {
        for namespace in namespaces {
            let images = try await cluster.client.resource(Image.self, namespace: namespace).list().items
            var reasons: [String: Int] = [:]
            for image in images { reasons[image.status.conditions.condition(ofType: "Ready").map { "\($0.status?.rawValue ?? "") \($0.reason ?? "")" } ?? "none", default: 0] += 1 }
            print("\(namespace): images by readiness \(reasons.sorted { $0.key < $1.key })")
            for daemonSet in try await cluster.daemonSets(namespace: namespace) {
                print("  \(daemonSet.metadata.name ?? "") generation \(daemonSet.metadata.generation ?? 0) observed \(daemonSet.status.observedGeneration ?? 0) desired \(daemonSet.status.desiredNumberScheduled ?? -1) ready \(daemonSet.status.numberReady ?? -1) members \(PrefetchDaemonSetMembers.count(daemonSet))")
            }
        }
        var phases: [String: Int] = [:]
        for pod in try await cluster.client.resource(Pod.self).allNamespaces.list().items {
            phases["\(pod.status.phase?.rawValue ?? "none") bound=\(pod.spec.nodeName != nil)", default: 0] += 1
        }
        print("pods: \(phases)")
    }
}

enum PrefetchDaemonSetMembers {
    static func count(_ daemonSet: DaemonSet) -> Int { (daemonSet.metadata.annotations["caching.thaw.dev/images"] ?? "").split(separator: ",").count }
}

import KubeAPI
import KubeClient
import Testing

@Suite("Operations against the local API server")
struct OperationTests {
    @Test func createGetUpdateAndStaleUpdateConflicts() async throws {
        try await withLocalServer { client, _ in
            let configMaps = client.resource(ConfigMap.self)
            let created = try await configMaps.create(configMap("a"))
            #expect(created.metadata.uid != nil)
            #expect(created.metadata.namespace == "default")
            var fetched = try await configMaps.get("a")
            #expect(fetched.data == ["k": "v"])
            fetched.data["k"] = "2"
            let updated = try await configMaps.update(fetched)
            #expect(updated.data["k"] == "2")
            #expect(updated.metadata.resourceVersion != fetched.metadata.resourceVersion)
            // `fetched` still carries the old resourceVersion: a typed conflict.
            let error = await #expect(throws: KubeAPIError.self) { try await configMaps.update(fetched) }
            #expect(error?.isConflict == true)
            #expect(error?.code == 409)
        }
    }

    @Test func typedErrorsCarryTheServersStatus() async throws {
        try await withLocalServer { client, _ in
            let configMaps = client.resource(ConfigMap.self)
            let missing = await #expect(throws: KubeAPIError.self) { try await configMaps.get("nope") }
            #expect(missing?.isNotFound == true)
            #expect(missing?.message.contains("\"nope\"") == true)
            _ = try await configMaps.create(configMap("a"))
            let duplicate = await #expect(throws: KubeAPIError.self) { try await configMaps.create(configMap("a")) }
            #expect(duplicate?.isAlreadyExists == true && duplicate?.isConflict == false)
            let invalid = await #expect(throws: KubeAPIError.self) { try await configMaps.create(configMap("Not_Valid")) }
            #expect(invalid?.isInvalid == true)
            #expect(invalid?.causes.first?.field == "metadata.name")
        }
    }

    @Test func listWithSelectorsAndAllNamespaces() async throws {
        try await withLocalServer { client, _ in
            let namespaces = client.resource(Namespace.self)
            _ = try await namespaces.create(Namespace(name: "other"))
            let configMaps = client.resource(ConfigMap.self)
            _ = try await configMaps.create(configMap("a", labels: ["app": "web"]))
            _ = try await configMaps.create(configMap("b", labels: ["app": "db"]))
            _ = try await configMaps.create(configMap("c", namespace: "other", labels: ["app": "web"]))
            let web = try await configMaps.list(ListOptions(labelSelector: "app=web"))
            #expect(web.items.map { $0.metadata.name } == ["a"])
            let everywhere = try await configMaps.allNamespaces.list(ListOptions(labelSelector: "app=web"))
            #expect(Set(everywhere.items.compactMap { $0.metadata.name }) == ["a", "c"])
            let byName = try await configMaps.allNamespaces.list(ListOptions(fieldSelector: "metadata.name=b"))
            #expect(byName.items.map { $0.metadata.name } == ["b"])
            let list = try await configMaps.list(ListOptions(resourceVersion: "0", resourceVersionMatch: .notOlderThan))
            #expect(list.items.count == 2)
            #expect(list.metadata.resourceVersion != nil)
        }
    }

    @Test func paginationAsAnAsyncSequence() async throws {
        try await withLocalServer { client, _ in
            let configMaps = client.resource(ConfigMap.self)
            for i in 0..<23 { _ = try await configMaps.create(configMap(String(format: "cm-%02d", i))) }
            var pageSizes: [Int] = []
            for try await page in configMaps.listPages(pageSize: 5) { pageSizes.append(page.items.count) }
            #expect(pageSizes == [5, 5, 5, 5, 3])
            var names: [String] = []
            for try await item in configMaps.listItems(pageSize: 7) { names.append(item.metadata.name ?? "") }
            #expect(names == (0..<23).map { String(format: "cm-%02d", $0) })
        }
    }

    @Test func patchesOfEveryType() async throws {
        try await withLocalServer { client, _ in
            let configMaps = client.resource(ConfigMap.self)
            _ = try await configMaps.create(configMap("a", data: ["x": "1", "y": "2"]))
            let merged = try await configMaps.patch("a", .merge(["data": ["x": "10", "y": .null]]))
            #expect(merged.data == ["x": "10"])
            let jsonPatched = try await configMaps.patch("a", .json([["op": "add", "path": "/data/z", "value": "3"]]))
            #expect(jsonPatched.data == ["x": "10", "z": "3"])
            let strategic = try await configMaps.patch("a", .strategic(["metadata": ["labels": ["s": "1"]]]))
            #expect(strategic.metadata.labels == ["s": "1"])
            let badPatch = await #expect(throws: KubeAPIError.self) {
                try await configMaps.patch("a", .json([["op": "test", "path": "/data/x", "value": "nope"]]))
            }
            #expect(badPatch.map { $0.code == 422 || $0.code == 400 || $0.code == 409 } == true)
        }
    }

    @Test func serverSideApplyWithFieldManagersAndForce() async throws {
        try await withLocalServer { client, _ in
            let configMaps = client.resource(ConfigMap.self)
            let applied = try await configMaps.apply(configMap("a", data: ["owned": "one"]), fieldManager: "first")
            #expect(applied.data == ["owned": "one"])
            #expect(applied.metadata.managedFields.contains { $0.manager == "first" })
            let conflict = await #expect(throws: KubeAPIError.self) {
                try await configMaps.apply(configMap("a", data: ["owned": "two"]), fieldManager: "second")
            }
            #expect(conflict?.isConflict == true)
            let forced = try await configMaps.apply(configMap("a", data: ["owned": "two"]), fieldManager: "second", force: true)
            #expect(forced.data == ["owned": "two"])
        }
    }

    @Test func deleteWithPreconditionsGraceAndCollections() async throws {
        try await withLocalServer { client, _ in
            let configMaps = client.resource(ConfigMap.self)
            let a = try await configMaps.create(configMap("a"))
            let wrongUID = await #expect(throws: KubeAPIError.self) {
                try await configMaps.delete("a", options: DeleteOptions(preconditionUID: "not-the-uid"))
            }
            #expect(wrongUID?.isConflict == true)
            try await configMaps.delete("a", options: DeleteOptions(propagationPolicy: .background, gracePeriodSeconds: 0,
                                                                   preconditionUID: a.metadata.uid,
                                                                   preconditionResourceVersion: a.metadata.resourceVersion))
            let gone = await #expect(throws: KubeAPIError.self) { try await configMaps.get("a") }
            #expect(gone?.isNotFound == true)
            for name in ["x", "y", "z"] {
                _ = try await configMaps.create(configMap(name, labels: ["batch": name == "z" ? "keep" : "drop"]))
            }
            try await configMaps.deleteCollection(ListOptions(labelSelector: "batch=drop"))
            #expect(try await configMaps.list().items.map { $0.metadata.name } == ["z"])
        }
    }

    @Test func statusAndScaleSubresources() async throws {
        try await withLocalServer { client, _ in
            let deployments = client.resource(Deployment.self)
            var deployment = Deployment(name: "web")
            deployment.json["spec"] = [
                "replicas": 1,
                "selector": ["matchLabels": ["app": "web"]],
                "template": ["metadata": ["labels": ["app": "web"]],
                             "spec": ["containers": [["name": "c", "image": "nginx"]]]],
            ]
            _ = try await deployments.create(deployment)
            var withStatus = try await deployments.getStatus("web")
            withStatus.json["status"] = ["observedGeneration": 1, "replicas": 1]
            let updated = try await deployments.updateStatus(withStatus)
            #expect(updated.json["status"]?["replicas"] == 1)
            let patched = try await deployments.patchStatus("web", .merge(["status": ["readyReplicas": 1]]))
            #expect(patched.json["status"]?["readyReplicas"] == 1)

            var scale = try await deployments.getScale("web")
            #expect(scale.spec.replicas == 1)
            scale.spec.replicas = 3
            #expect(try await deployments.updateScale("web", scale).spec.replicas == 3)
            #expect(try await deployments.patchScale("web", .merge(["spec": ["replicas": 5]])).spec.replicas == 5)
            #expect(try await deployments.get("web").json["spec"]?["replicas"] == 5)
        }
    }

    @Test func dynamicClientAndDiscovery() async throws {
        try await withLocalServer { client, _ in
            let version = try await client.discovery.serverVersion()
            #expect(!version.gitVersion.isEmpty)
            let groups = try await client.discovery.groups()
            #expect(groups.first?.name == "")
            #expect(groups.contains { $0.name == "apps" && $0.versions.contains("apps/v1") })
            let deploymentInfo = try await client.discovery.resource(forKind: "Deployment", apiVersion: "apps/v1")
            #expect(deploymentInfo.name == "deployments" && deploymentInfo.namespaced)
            #expect(deploymentInfo.groupVersionResource == GroupVersionResource(group: "apps", version: "v1", resource: "deployments"))
            let missingKind = await #expect(throws: KubeAPIError.self) {
                try await client.discovery.resource(forKind: "Nope", apiVersion: "v1")
            }
            #expect(missingKind?.isNotFound == true)

            let dynamic = try await client.dynamic(kind: "ConfigMap", apiVersion: "v1")
            let object = DynamicObject(json: ["apiVersion": "v1", "kind": "ConfigMap",
                                              "metadata": ["name": "dyn"], "data": ["a": "b"]])
            _ = try await dynamic.create(object)
            let read = try await dynamic.get("dyn")
            #expect(read.json["data"]?["a"] == "b")
            let typed = try await client.resource(ConfigMap.self).get("dyn")
            #expect(typed.data == ["a": "b"])
        }
    }

    @Test func clusterScopedResourcesIgnoreTheNamespace() async throws {
        try await withLocalServer { client, _ in
            let namespaces = client.resource(Namespace.self, namespace: "ignored")
            _ = try await namespaces.create(Namespace(name: "team"))
            #expect(try await namespaces.get("team").metadata.name == "team")
            #expect(try await namespaces.list().items.contains { $0.metadata.name == "team" })
        }
    }

    @Test func heavyConcurrentUse() async throws {
        try await withLocalServer { client, _ in
            let configMaps = client.resource(ConfigMap.self)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for worker in 0..<16 {
                    group.addTask {
                        for i in 0..<25 {
                            let name = "w\(worker)-\(i)"
                            _ = try await configMaps.create(configMap(name))
                            var object = try await configMaps.get(name)
                            object.data["k"] = "updated"
                            _ = try await configMaps.update(object)
                            _ = try await configMaps.list(ListOptions(limit: 10))
                        }
                    }
                }
                try await group.waitForAll()
            }
            let all = try await configMaps.list()
            #expect(all.items.count == 400)
            #expect(all.items.allSatisfy { $0.data["k"] == "updated" })
        }
    }
}

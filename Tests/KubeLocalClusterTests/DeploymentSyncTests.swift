import Foundation
import KubeAPI
import Testing
@testable import KubeLocalCluster

/// Applies a deployment sync to an in-memory list of ReplicaSets.
func apply(_ result: DeploymentSync.Result, to replicaSets: inout [ReplicaSet], uid: inout Int) {
    if var created = result.replicaSetToCreate {
        uid += 1
        created.metadata.uid = "rs-uid-\(uid)"
        created.metadata.creationTimestamp = at(Double(uid))
        replicaSets.append(created)
    }
    for scale in result.scales {
        guard let index = replicaSets.firstIndex(where: { $0.metadata.name == scale.name }) else { continue }
        replicaSets[index].spec.replicas = scale.replicas
        var annotations = replicaSets[index].metadata.annotations
        annotations.merge(scale.annotations) { _, new in new }
        replicaSets[index].metadata.annotations = annotations
    }
    replicaSets.removeAll { result.replicaSetsToDelete.contains($0.metadata.name ?? "") }
}

/// Pretends every ReplicaSet's pods are all up and available.
func settle(_ replicaSets: inout [ReplicaSet]) {
    for index in replicaSets.indices {
        let count = replicaSets[index].spec.replicas ?? 0
        replicaSets[index].status.replicas = count
        replicaSets[index].status.readyReplicas = count
        replicaSets[index].status.availableReplicas = count
    }
}

@Suite struct DeploymentSyncTests {
    @Test func createsAReplicaSetWithThePodTemplateHash() throws {
        let deployment = makeDeployment(replicas: 3)
        let result = try DeploymentSync.sync(deployment, replicaSets: [], now: t0)
        let replicaSet = try #require(result.replicaSetToCreate)
        let hash = deployment.spec.template.templateHash()
        #expect(replicaSet.metadata.name == "web-\(hash)")
        #expect(replicaSet.spec.replicas == 3)
        #expect(replicaSet.metadata.labels["pod-template-hash"] == hash)
        #expect(replicaSet.spec.selector.matchLabels == ["app": "web", "pod-template-hash": hash])
        #expect(replicaSet.spec.template.metadata.labels == ["app": "web", "pod-template-hash": hash])
        #expect(replicaSet.metadata.annotations["deployment.kubernetes.io/revision"] == "1")
        #expect(replicaSet.metadata.annotations["deployment.kubernetes.io/desired-replicas"] == "3")
        #expect(replicaSet.metadata.annotations["deployment.kubernetes.io/max-replicas"] == "4")
        #expect(replicaSet.metadata.controllerReference?.uid == "uid-deploy-web")
        #expect(result.status.conditions.condition(ofType: "Progressing")?.reason == "NewReplicaSetCreated")
        #expect(result.status.conditions.condition(ofType: "Progressing")?.message == "Created new replica set \"web-\(hash)\"")
    }

    @Test func scaleThreeToTenToZero() throws {
        var deployment = makeDeployment(replicas: 3)
        var replicaSets: [ReplicaSet] = []
        var uid = 0
        apply(try DeploymentSync.sync(deployment, replicaSets: replicaSets, now: t0), to: &replicaSets, uid: &uid)
        settle(&replicaSets)
        var result = try DeploymentSync.sync(deployment, replicaSets: replicaSets, now: at(10))
        #expect(result.status.availableReplicas == 3)
        #expect(result.status.updatedReplicas == 3)
        #expect(result.status.conditions.condition(ofType: "Available")?.status == .true)
        #expect(result.status.conditions.condition(ofType: "Progressing")?.reason == "NewReplicaSetAvailable")

        deployment.spec.replicas = 10
        result = try DeploymentSync.sync(deployment, replicaSets: replicaSets, now: at(20))
        #expect(result.scales == [DeploymentSync.Scale(name: replicaSets[0].metadata.name ?? "", replicas: 10, annotations: [
            "deployment.kubernetes.io/desired-replicas": "10", "deployment.kubernetes.io/max-replicas": "13",
        ])])
        apply(result, to: &replicaSets, uid: &uid)
        #expect(result.status.unavailableReplicas == 0)  // status reflects the ReplicaSets as they were
        let pending = try DeploymentSync.sync(deployment, replicaSets: replicaSets, now: at(21))
        #expect(pending.status.unavailableReplicas == 7)
        #expect(pending.status.conditions.condition(ofType: "Available")?.status == .false)
        settle(&replicaSets)
        deployment.spec.replicas = 0
        result = try DeploymentSync.sync(deployment, replicaSets: replicaSets, now: at(30))
        #expect(result.scales.map(\.replicas) == [0])
        #expect(replicaSets.count == 1)
    }

    @Test func rollingUpdateHonoursMaxSurgeAndMaxUnavailable() throws {
        var deployment = makeDeployment(replicas: 4)
        var rolling = RollingUpdateDeployment()
        rolling.maxSurge = .int(1)
        rolling.maxUnavailable = .int(1)
        deployment.spec.strategy.rollingUpdate = rolling
        var replicaSets: [ReplicaSet] = []
        var uid = 0
        apply(try DeploymentSync.sync(deployment, replicaSets: replicaSets, now: t0), to: &replicaSets, uid: &uid)
        settle(&replicaSets)
        deployment.spec.template = webTemplate(image: "web:2")
        var maxTotal = 0, minAvailable = Int.max
        for step in 1...20 {
            let result = try DeploymentSync.sync(deployment, replicaSets: replicaSets, now: at(Double(step)))
            apply(result, to: &replicaSets, uid: &uid)
            let total = replicaSets.reduce(0) { $0 + ($1.spec.replicas ?? 0) }
            // The pods of scaled-down ReplicaSets are gone; new ones are not yet available.
            let available = replicaSets.reduce(0) { $0 + min($1.status.availableReplicas ?? 0, $1.spec.replicas ?? 0) }
            maxTotal = max(maxTotal, total)
            minAvailable = min(minAvailable, available)
            settle(&replicaSets)
        }
        #expect(maxTotal <= 5)
        #expect(minAvailable >= 3)
        #expect(replicaSets.count == 2)
        let newRS = try #require(replicaSets.first { $0.spec.template.spec.containers.first?.image == "web:2" })
        #expect(newRS.spec.replicas == 4)
        #expect(newRS.metadata.annotations["deployment.kubernetes.io/revision"] == "2")
        #expect(replicaSets.first { $0.metadata.name != newRS.metadata.name }?.spec.replicas == 0)
    }

    @Test func recreateScalesOldToZeroBeforeNew() throws {
        var deployment = makeDeployment(replicas: 2)
        deployment.spec.strategy.type = "Recreate"
        var replicaSets: [ReplicaSet] = []
        var uid = 0
        apply(try DeploymentSync.sync(deployment, replicaSets: replicaSets, now: t0), to: &replicaSets, uid: &uid)
        settle(&replicaSets)
        deployment.spec.template = webTemplate(image: "web:2")
        let first = try DeploymentSync.sync(deployment, replicaSets: replicaSets, now: at(1))
        apply(first, to: &replicaSets, uid: &uid)
        #expect(replicaSets.map { $0.spec.replicas ?? -1 } == [0, 0])
        settle(&replicaSets)
        apply(try DeploymentSync.sync(deployment, replicaSets: replicaSets, now: at(2)), to: &replicaSets, uid: &uid)
        #expect(replicaSets.map { $0.spec.replicas ?? -1 } == [0, 2])
    }

    @Test func invalidMaxSurgeIsReportedByField() {
        var deployment = makeDeployment(replicas: 2)
        var rolling = RollingUpdateDeployment()
        rolling.maxSurge = .string("lots")
        deployment.spec.strategy.rollingUpdate = rolling
        #expect(throws: ClusterConfigurationError.invalidValue(field: "spec.strategy.rollingUpdate.maxSurge", value: "lots", reason: "must be a non-negative count or percentage")) {
            try DeploymentSync.sync(deployment, replicaSets: [], now: t0)
        }
    }

    @Test func scalingDuringARolloutIsProportional() throws {
        var deployment = makeDeployment(replicas: 4)
        var rolling = RollingUpdateDeployment()
        rolling.maxSurge = .int(1)
        rolling.maxUnavailable = .int(1)
        deployment.spec.strategy.rollingUpdate = rolling
        var replicaSets: [ReplicaSet] = []
        var uid = 0
        apply(try DeploymentSync.sync(deployment, replicaSets: replicaSets, now: t0), to: &replicaSets, uid: &uid)
        settle(&replicaSets)
        deployment.spec.template = webTemplate(image: "web:2")
        apply(try DeploymentSync.sync(deployment, replicaSets: replicaSets, now: at(1)), to: &replicaSets, uid: &uid)
        settle(&replicaSets)
        apply(try DeploymentSync.sync(deployment, replicaSets: replicaSets, now: at(2)), to: &replicaSets, uid: &uid)
        settle(&replicaSets)
        #expect(replicaSets.map { $0.spec.replicas ?? -1 } == [2, 1])  // old 4 → 2, new 1 (total 3 ≥ 4 - 1)
        deployment.spec.replicas = 8
        rolling.maxSurge = .int(2)
        deployment.spec.strategy.rollingUpdate = rolling
        let result = try DeploymentSync.sync(deployment, replicaSets: replicaSets, now: at(3))
        apply(result, to: &replicaSets, uid: &uid)
        // allowed 8 + 2 = 10, 7 to add over sizes 2 (max 5) and 1 (max 5): 2 → 4, 1 → 2, the 4 left to the largest.
        #expect(replicaSets.map { $0.spec.replicas ?? -1 } == [8, 2])
        #expect(result.scales.allSatisfy { $0.annotations["deployment.kubernetes.io/desired-replicas"] == "8" })
    }
}

import ControllerRuntime
import Foundation
import KubeAPI
@testable import KubeLocalCluster
import ThawDeterminism

/// An in-memory stand-in for the API server that runs every core the way the controllers will:
/// workload controllers, scheduler, kubelets, node lifecycle and endpoints, round after round, and
/// jumps simulated time to the next wake-up any kubelet asks for. Deterministic (seeded, no clock).
struct ClusterHarness {
    var nodeSet: SimulatedNodeSet
    var nodes: [String: Node] = [:]
    var kubelets: [String: NodeKubelet] = [:]
    var pods: [Pod] = []
    var replicaSets: [ReplicaSet] = []
    var deployments: [Deployment] = []
    var daemonSets: [DaemonSet] = []
    var services: [Service] = []
    var endpoints: [String: Endpoints] = [:]
    var slices: [String: [EndpointSlice]] = [:]
    var generator: SplitMix64
    var now: Date = t0
    var counter = 0
    let configuration: ClusterConfiguration

    init(configuration: ClusterConfiguration = ClusterConfiguration()) throws {
        self.configuration = configuration
        nodeSet = try SimulatedNodeSet(configuration: configuration)
        generator = SplitMix64(seed: configuration.seed)
        for profile in nodeSet.profiles { register(profile) }
    }

    mutating func register(_ profile: NodeProfile) {
        nodes[profile.name] = NodeObjects.node(profile, now: now)
        kubelets[profile.name] = NodeKubelet(profile: profile, timings: configuration.kubelet, registry: configuration.registry)
    }

    mutating func addNode(taints: [Taint] = []) -> String {
        let profile = nodeSet.addNode(taints: taints)
        register(profile)
        return profile.name
    }

    mutating func failNode(_ name: String) throws {
        try nodeSet.failNode(named: name)
    }

    private mutating func nextName(_ prefix: String) -> String {
        counter += 1
        return prefix + String(counter, radix: 36)
    }

    private mutating func create(_ pod: Pod) {
        var pod = pod
        pod.metadata.name = pod.metadata.name ?? nextName(pod.metadata.generateName ?? "pod-")
        pod.metadata.uid = "uid-" + (pod.metadata.name ?? "")
        pod.metadata.creationTimestamp = now
        pod.status.phase = .pending
        pods.append(pod)
    }

    private mutating func delete(_ pod: Pod, grace: Int64 = 30) {
        guard let index = pods.firstIndex(where: { $0.metadata.uid == pod.metadata.uid }), !pods[index].metadata.isBeingDeleted else { return }
        if pods[index].spec.nodeName == nil {
            pods.remove(at: index)
            return
        }
        pods[index].metadata.deletionTimestamp = now.addingTimeInterval(Double(grace))
        pods[index].metadata.deletionGracePeriodSeconds = grace
    }

    /// One round of every controller at `now`; returns whether anything was written.
    mutating func round() throws -> Bool {
        let before = (pods, replicaSets, deployments, daemonSets, endpoints)
        for (index, deployment) in deployments.enumerated() {
            let owned = replicaSets.filter { $0.metadata.namespace == deployment.metadata.namespace }
            let result = try DeploymentSync.sync(deployment, replicaSets: owned, now: now)
            if var created = result.replicaSetToCreate {
                created.metadata.uid = "uid-" + (created.metadata.name ?? "")
                created.metadata.creationTimestamp = now
                replicaSets.append(created)
            }
            for scale in result.scales {
                guard let rs = replicaSets.firstIndex(where: { $0.metadata.name == scale.name }) else { continue }
                replicaSets[rs].spec.replicas = scale.replicas
                replicaSets[rs].metadata.annotations.merge(scale.annotations) { _, new in new }
            }
            replicaSets.removeAll { result.replicaSetsToDelete.contains($0.metadata.name ?? "") }
            deployments[index].status = result.status
        }
        for index in replicaSets.indices {
            let result = ReplicaSetSync.sync(replicaSets[index], pods: pods, now: now)
            for pod in result.podsToCreate { create(pod) }
            for pod in result.podsToDelete { delete(pod) }
            replicaSets[index].status = result.status
        }
        let nodeList = nodes.values.sorted { ($0.metadata.name ?? "") < ($1.metadata.name ?? "") }
        for index in daemonSets.indices {
            let result = try DaemonSetSync.sync(daemonSets[index], nodes: nodeList, pods: pods, now: now)
            for pod in result.podsToCreate { create(pod) }
            for pod in result.podsToDelete { delete(pod) }
            daemonSets[index].status = result.status
        }
        // Scheduler.
        var snapshot = SchedulerSnapshot(nodes: nodeList, pods: pods)
        for index in pods.indices where pods[index].spec.nodeName == nil && !pods[index].metadata.isBeingDeleted {
            switch snapshot.schedule(pods[index], now: now, using: &generator) {
            case .bind(let node):
                pods[index].spec.nodeName = node
                var conditions = pods[index].status.conditions
                conditions.remove(type: "PodScheduled")
                conditions.set(Condition(type: "PodScheduled", status: .true), now: now)
                pods[index].status.conditions = conditions
            case .unschedulable(let condition):
                pods[index].status.conditions.set(condition, now: now)
            case .alreadyBound:
                break
            }
        }
        // Kubelets of healthy nodes; the node lifecycle controller for failed ones.
        for name in nodeSet.names {
            guard let profile = nodeSet.profile(named: name) else { continue }
            if nodeSet.failedNodes.contains(name) {
                if var node = nodes[name] {
                    node.status = NodeObjects.status(profile, ready: false, images: node.status.images, now: now, previous: node.status)
                    node.spec.taints = NodeObjects.taints(node.spec.taints, reachable: false, now: now)
                    nodes[name] = node
                }
                for index in pods.indices where pods[index].spec.nodeName == name {
                    if let marked = NodeLifecycle.markedNotReady(pods[index], now: now) { pods[index] = marked }
                }
                continue
            }
            guard var kubelet = kubelets[name] else { continue }
            let result = kubelet.sync(pods: pods.filter { $0.spec.nodeName == name }, existingSecrets: [], now: now)
            kubelets[name] = kubelet
            for update in result.statusUpdates {
                if let index = pods.firstIndex(where: { $0.metadata.uid == update.uid }) { pods[index].status = update.status }
            }
            pods.removeAll { pod in result.podsToDelete.contains { $0.uid == pod.metadata.uid } }
            if result.imagesChanged { nodes[name]?.status.images = result.nodeImages }
        }
        for service in services {
            let key = service.metadata.key
            endpoints[key] = EndpointsBuilder.endpoints(for: service, pods: pods)
            slices[key] = EndpointSliceBuilder.slices(for: service, pods: pods, nodes: nodeList)
        }
        return before.0 != pods || before.1 != replicaSets || before.2 != deployments || before.3 != daemonSets || before.4 != endpoints
    }

    /// Runs rounds until nothing changes at the current time, then jumps to the next wake-up, until `time`.
    mutating func run(until seconds: Double) throws {
        let end = at(seconds)
        var rounds = 0
        while rounds < 10_000 {
            rounds += 1
            if try round() { continue }
            let wakes = kubelets.filter { !nodeSet.failedNodes.contains($0.key) }.values.compactMap(\.nextEventTime)
            guard let next = wakes.filter({ $0 > now }).min(), next <= end else { break }
            now = next
        }
        if now < end {
            now = end
            while try round(), rounds < 10_100 { rounds += 1 }
        }
    }

    func pods(of app: String) -> [Pod] { pods.filter { $0.metadata.labels["app"] == app } }
}

import ControllerRuntime
import Foundation
import KubeAPI
import KubeClient
import Synchronization

/// The simulated kubelets wired to the API server, one key per node: each reconcile advances the
/// node's `NodeKubelet` to the current simulated time with the node's pods from the cache, writes
/// the changed pod statuses, deletes pods whose containers have stopped (grace period 0), posts the
/// node's images and conditions, and asks to run again at the kubelet's next wake-up (converted
/// to wall time by `timeScale`). A node annotated `kubelocal.thaw.dev/failed: "true"` has a
/// stopped kubelet: its conditions turn `Unknown`, it is tainted unreachable, its pods are marked
/// not ready and, once their toleration of the taint runs out (300 s by default), evicted, as the
/// node lifecycle controller does.
public final class KubeletReconciler: Reconciler {
    public static let failedAnnotation = "kubelocal.thaw.dev/failed"

    let client: KubeClient
    let nodes: Store<Node>
    let pods: Store<Pod>
    let secrets: Store<Secret>
    let clock: any ClusterClock
    let timeScale: Double
    let configuration: ClusterConfiguration
    private let kubelets = Mutex<[String: NodeKubelet]>([:])

    public init(client: KubeClient, nodes: Store<Node>, pods: Store<Pod>, secrets: Store<Secret>, clock: any ClusterClock, timeScale: Double, configuration: ClusterConfiguration) {
        self.client = client
        self.nodes = nodes
        self.pods = pods
        self.secrets = secrets
        self.clock = clock
        self.timeScale = timeScale
        self.configuration = configuration
    }

    /// The profile of a node object: its index from the pod CIDR the simulation gave it (`nil`
    /// until `NodeRegistrationReconciler` has given it one), its zone label, and the capacity it
    /// declares (the configured node size for what it does not).
    func profile(of node: Node) -> NodeProfile? {
        guard let name = node.metadata.name, let index = NodeRegistration.index(ofPodCIDR: node.spec.podCIDR) else { return nil }
        var profile = configuration.nodeProfile(index: index)
        profile.name = name
        profile.zone = node.metadata.labels["topology.kubernetes.io/zone"] ?? profile.zone
        profile.taints = node.spec.taints
        let capacity = node.status.capacity
        if let cpu = capacity["cpu"], cpu.nanoValue > 0 { profile.cpu = cpu }
        if let memory = capacity["memory"], memory.nanoValue > 0 { profile.memory = memory }
        if let pods = capacity["pods"], pods.nanoValue > 0 {
            profile.maxPods = Int(clamping: max(1, min(253, pods.nanoValue / 1_000_000_000)))
        }
        return profile
    }

    public func reconcile(_ request: ObjectKey) async throws -> ReconcileResult {
        guard let node = nodes.get(ObjectKey(name: request.name)) else {
            // The node is gone: its kubelet stops (the pod garbage collector removes its pods).
            kubelets.withLock { $0[request.name] = nil }
            return .done
        }
        guard let profile = profile(of: node) else { return .done }
        let now = clock.now
        let nodePods = pods.list().filter { $0.spec.nodeName == request.name }
        if node.metadata.annotations[Self.failedAnnotation] == "true" {
            try await markUnreachable(node, profile: profile, pods: nodePods, now: now)
            // Taint-based eviction: pods past their toleration of the unreachable taint are deleted.
            let eviction = TaintEviction.evaluate(node: nodes.get(ObjectKey(name: request.name)) ?? node, pods: nodePods, now: now)
            for pod in eviction.evict {
                guard let name = pod.metadata.name else { continue }
                do {
                    _ = try await client.resource(Pod.self, namespace: pod.metadata.namespace ?? "default").delete(name)
                } catch let error as KubeAPIError where error.isNotFound {}
            }
            guard let next = eviction.nextCheckAt else { return .done }
            let seconds = max(0.001, next.timeIntervalSince(now) / timeScale)
            return .requeue(after: .milliseconds(Int64((seconds * 1000).rounded(.up))))
        }
        var kubelet = kubelets.withLock { $0[request.name] } ?? NodeKubelet(profile: profile, timings: configuration.kubelet, registry: configuration.registry)
        let existing = Set(secrets.list().map(\.metadata.key))
        let result = kubelet.sync(pods: nodePods, existingSecrets: existing, now: now)
        kubelets.withLock { $0[request.name] = kubelet }

        for update in result.statusUpdates {
            guard var pod = pods.get(ObjectKey(namespace: update.namespace, name: update.name)), pod.metadata.uid == update.uid else { continue }
            pod.status = update.status
            do {
                _ = try await client.resource(Pod.self, namespace: update.namespace).updateStatus(pod)
            } catch let error as KubeAPIError where error.isNotFound || error.isConflict {
                return .requeue(after: .milliseconds(50))
            }
        }
        for event in result.events {
            // Events are best effort, as in the kubelet: a failed write is dropped.
            _ = try? await client.resource(CoreV1Event.self, namespace: event.namespace).create(event.coreEvent(node: request.name))
        }
        try await renewLease(profile, node: node, now: now)
        for finished in result.podsToDelete {
            do {
                _ = try await client.resource(Pod.self, namespace: finished.namespace)
                    .delete(finished.name, options: DeleteOptions(gracePeriodSeconds: 0, preconditionUID: finished.uid))
            } catch let error as KubeAPIError where error.isNotFound || error.isConflict {}
        }
        let ready = node.status.conditions.condition(ofType: "Ready")?.status == .true
        let taintsChanged = node.spec.taints.contains { $0.key == "node.kubernetes.io/unreachable" }
        // Compared with the node as the server has it, so a lost write is made again next time.
        if node.status.images != result.nodeImages || !ready || taintsChanged {
            var updated = node
            updated.spec.taints = NodeObjects.taints(node.spec.taints, reachable: true, now: now)
            if taintsChanged { updated = try await client.resource(Node.self).update(updated) }
            updated.status = NodeObjects.status(profile, ready: true, images: result.nodeImages, now: now, previous: node.status)
            _ = try await client.resource(Node.self).updateStatus(updated)
        }
        // Wake at the kubelet's next event, and at least every 10 s of simulated time for the lease.
        let next = min(result.nextWakeAt ?? .distantFuture, now.addingTimeInterval(Self.leaseRenewSeconds))
        let seconds = max(0.001, next.timeIntervalSince(now) / timeScale)
        return .requeue(after: .milliseconds(Int64((seconds * 1000).rounded(.up))))
    }

    static let leaseRenewSeconds = 10.0

    /// Renews the node's heartbeat Lease in `kube-node-lease` when it is older than the renew
    /// interval (creating it, and the namespace, the first time).
    private func renewLease(_ profile: NodeProfile, node: Node, now: Date) async throws {
        let leases = client.resource(Lease.self, namespace: "kube-node-lease")
        let wanted = NodeObjects.lease(for: profile, node: node, renewedAt: now)
        do {
            var lease = try await leases.get(profile.name)
            if let renewed = lease.spec.renewTime, now.timeIntervalSince(renewed) < Self.leaseRenewSeconds { return }
            lease.spec = wanted.spec
            lease.metadata.ownerReferences = wanted.metadata.ownerReferences
            _ = try await leases.update(lease)
        } catch let error as KubeAPIError where error.isNotFound {
            do {
                _ = try await client.resource(Namespace.self).create(Namespace(name: "kube-node-lease"))
            } catch let error as KubeAPIError where error.reason == .alreadyExists {}
            do { _ = try await leases.create(wanted) } catch let error as KubeAPIError where error.reason == .alreadyExists {}
        } catch let error as KubeAPIError where error.isConflict {}
    }

    private func markUnreachable(_ node: Node, profile: NodeProfile, pods: [Pod], now: Date) async throws {
        if node.status.conditions.condition(ofType: "Ready")?.status != .unknown || !node.spec.taints.contains(where: { $0.key == "node.kubernetes.io/unreachable" }) {
            var updated = node
            updated.spec.taints = NodeObjects.taints(node.spec.taints, reachable: false, now: now)
            updated = try await client.resource(Node.self).update(updated)
            updated.status = NodeObjects.status(profile, ready: false, images: node.status.images, now: now, previous: node.status)
            _ = try await client.resource(Node.self).updateStatus(updated)
        }
        for pod in pods {
            guard let marked = NodeLifecycle.markedNotReady(pod, now: now) else { continue }
            do {
                _ = try await client.resource(Pod.self, namespace: pod.metadata.namespace ?? "default").updateStatus(marked)
            } catch let error as KubeAPIError where error.isNotFound || error.isConflict {}
        }
    }

    /// Registers the kubelets on `manager`: nodes are the keys; a pod change wakes its node.
    @discardableResult
    public static func register(
        on manager: Manager, clock: any ClusterClock, timeScale: Double, configuration: ClusterConfiguration
    ) throws(ConfigurationError) -> Controller {
        let reconciler = KubeletReconciler(
            client: manager.client, nodes: manager.informers.informer(Node.self).store,
            pods: manager.informers.informer(Pod.self).store, secrets: manager.informers.informer(Secret.self).store,
            clock: clock, timeScale: timeScale, configuration: configuration)
        return try manager.controller(for: Node.self, name: "kubelet")
            .watches(Pod.self) { pod in
                guard let node = pod.spec.nodeName, !node.isEmpty else { return [] }
                return [ObjectKey(name: node)]
            }
            .withOptions(ControllerOptions(workers: 4))
            .complete(reconciler)
    }

    /// Creates the configured nodes that do not exist yet.
    public static func registerNodes(_ configuration: ClusterConfiguration, client: KubeClient, now: Date) async throws {
        let nodes = client.resource(Node.self)
        for profile in configuration.nodeProfiles() {
            do {
                _ = try await nodes.get(profile.name)
            } catch let error as KubeAPIError where error.isNotFound {
                let node = NodeObjects.node(profile, now: now)
                let created = try await nodes.create(node)
                var withStatus = created
                withStatus.status = node.status
                _ = try await nodes.updateStatus(withStatus)
            }
        }
    }
}

import ControllerRuntime
import Foundation
import KubeAPI
import KubeClient
import Synchronization
import ThawDeterminism

/// The scheduler wired to the API server: every pod without a node is placed by
/// `SchedulerSnapshot` over the cached nodes and the `SchedulerPodIndex` (kept up to date from the
/// pod informer's changes, so a decision does not scan every pod), then bound by setting
/// `spec.nodeName` and the `PodScheduled=True` condition; an unschedulable pod gets the
/// `PodScheduled=False` condition and is retried after `retryInterval`. Bindings not yet visible in
/// the cache are kept as "assumed" in the index so back-to-back decisions never overcommit a node.
public final class SchedulerReconciler: Reconciler {
    let client: KubeClient
    let nodes: Store<Node>
    let pods: Store<Pod>
    let clock: any ClusterClock
    let retryInterval: Duration
    private let generator: Mutex<SplitMix64>
    private let index = Mutex(SchedulerPodIndex())

    public init(client: KubeClient, nodes: Store<Node>, pods: Store<Pod>, clock: any ClusterClock, seed: UInt64, retryInterval: Duration = .seconds(2)) {
        self.client = client
        self.nodes = nodes
        self.pods = pods
        self.clock = clock
        self.retryInterval = retryInterval
        generator = Mutex(SplitMix64(seed: seed))
    }

    /// Takes in one change of the pod informer (register this as its handler).
    public func observe(_ event: ResourceEvent<Pod>) {
        index.withLock { index in
            switch event {
            case .added(let pod), .updated(_, let pod): index.update(pod)
            case .deleted(let pod): index.remove(pod)
            }
        }
    }

    public func reconcile(_ request: ObjectKey) async throws -> ReconcileResult {
        guard var pod = pods.get(request), !pod.metadata.isBeingDeleted else { return .done }
        let now = clock.now
        let podClient = client.resource(Pod.self, namespace: request.namespace)
        let assumedNode = index.withLock { $0.assumedNode(of: pod) }
        if !(pod.spec.nodeName ?? "").isEmpty || assumedNode != nil {
            // Bound (perhaps by an earlier attempt whose condition write failed): finish the binding.
            try await markScheduled(try await podClient.get(request.name), using: podClient, now: now)
            return .done
        }
        let nodeList = nodes.list()
        var snapshot = index.withLock { $0.snapshot(nodes: nodeList) }
        let result = generator.withLock { generator in snapshot.schedule(pod, now: now, using: &generator) }
        switch result {
        case .alreadyBound:
            return .done
        case .bind(let nodeName):
            pod.spec.nodeName = nodeName
            let bound = try await podClient.update(pod)
            index.withLock { $0.assume(bound, on: nodeName) }
            try await markScheduled(bound, using: podClient, now: now)
            return .done
        case .unschedulable(let condition):
            var conditions = pod.status.conditions
            if conditions.set(condition, now: now) {
                pod.status.conditions = conditions
                _ = try await podClient.updateStatus(pod)
            }
            return .requeue(after: retryInterval)
        }
    }

    /// Sets `PodScheduled=True` on a bound pod (what the binding subresource does atomically).
    /// - Throws: the API error, so that a conflict is retried.
    private func markScheduled(_ pod: Pod, using podClient: ResourceClient<Pod>, now: Date) async throws {
        guard pod.spec.nodeName != nil, !pod.status.conditions.isTrue("PodScheduled") else { return }
        var updated = pod
        var conditions = updated.status.conditions
        conditions.set(Condition(type: "PodScheduled", status: .true), now: now)
        if let index = conditions.firstIndex(where: { $0.type == "PodScheduled" }) {
            conditions[index].reason = nil
            conditions[index].message = nil
            conditions[index].json["lastProbeTime"] = .null
        }
        updated.status.conditions = conditions
        _ = try await podClient.updateStatus(updated)
    }

    /// Registers the scheduler on `manager`: unbound pods are its keys; a node change retries
    /// every pending pod.
    @discardableResult
    public static func register(on manager: Manager, clock: any ClusterClock, seed: UInt64) throws(ConfigurationError) -> Controller {
        let podStore = manager.informers.informer(Pod.self).store
        let reconciler = SchedulerReconciler(
            client: manager.client, nodes: manager.informers.informer(Node.self).store, pods: podStore, clock: clock, seed: seed)
        manager.informers.informer(Pod.self).addHandler { reconciler.observe($0) }
        let unbound = Predicate<Pod>.matching { ($0.spec.nodeName ?? "").isEmpty }
        return try manager.controller(for: Pod.self, name: "scheduler", predicate: unbound)
            .watches(Node.self) { _ in
                podStore.list().filter { ($0.spec.nodeName ?? "").isEmpty }.map { ObjectKey($0) }
            }
            .complete(reconciler)
    }
}

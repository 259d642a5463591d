import Foundation
import KubeAPI
import KubeClient

/// Changes the nodes of a running simulated cluster (`SimulatedClusterControllers`) the way an
/// operator or a cloud would, through the API server: tests use it to add a node later, remove one,
/// or stop and restart a node's kubelet.
///
/// - `addNode` creates a Node; the cluster adopts it (pod range, addresses, well-known labels),
///   its kubelet posts a Ready status with the capacity given here (the configured node size for
///   the rest) and renews its Lease, and the scheduler and DaemonSets start using it.
/// - `removeNode` deletes the Node; its Lease goes with it and the pod garbage collector deletes
///   the pods bound to it.
/// - `failNode` stops the node's kubelet: the node turns `Unknown`, is tainted unreachable and its
///   pods are marked not ready and later evicted; `recoverNode` restarts it.
///
/// Every method throws the API error of a failed request (`KubeAPIError`, e.g. 404 for a node that
/// does not exist, 409 for a name already taken).
public struct SimulatedNodes: Sendable {
    let client: KubeClient

    public init(client: KubeClient) {
        self.client = client
    }

    /// Creates node `name` with extra `labels`, `taints` and declared `capacity`
    /// (`cpu`, `memory`, `pods`); returns the Node as created.
    @discardableResult
    public func addNode(
        named name: String, labels: [String: String] = [:], taints: [Taint] = [], capacity: [String: Quantity] = [:]
    ) async throws -> Node {
        var node = Node(name: name)
        node.metadata.labels = labels
        node.spec.taints = taints
        if !capacity.isEmpty {
            node.status.capacity = capacity
            node.status.allocatable = capacity
        }
        return try await client.resource(Node.self).create(node)
    }

    /// Deletes node `name`.
    public func removeNode(named name: String) async throws {
        _ = try await client.resource(Node.self).delete(name)
    }

    /// Stops node `name`'s kubelet.
    public func failNode(named name: String) async throws {
        try await setFailed(name, true)
    }

    /// Restarts node `name`'s kubelet.
    public func recoverNode(named name: String) async throws {
        try await setFailed(name, false)
    }

    private func setFailed(_ name: String, _ failed: Bool) async throws {
        let nodes = client.resource(Node.self)
        for attempt in 1...10 {
            var node = try await nodes.get(name)
            node.metadata.annotations[KubeletReconciler.failedAnnotation] = failed ? "true" : nil
            do {
                _ = try await nodes.update(node)
                return
            } catch let error as KubeAPIError where error.isConflict && attempt < 10 {}
        }
    }
}

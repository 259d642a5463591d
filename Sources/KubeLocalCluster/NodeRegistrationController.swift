import ControllerRuntime
import Foundation
import KubeAPI
import KubeClient
import Synchronization

/// Adopts Nodes created through the API into the simulated cluster (see `NodeRegistration`): one
/// key per node; a node without a simulated pod range is given one, with its provider id and
/// well-known labels, by an update. From then on the kubelets run it like the configured nodes.
/// One worker, and indexes handed out but not yet in the cache are remembered, so two nodes never
/// share an index.
public final class NodeRegistrationReconciler: Reconciler {
    let client: KubeClient
    let nodes: Store<Node>
    let configuration: ClusterConfiguration
    /// Node name → index handed out, until the cache shows the node with it.
    private let handedOut = Mutex<[String: Int]>([:])

    public init(client: KubeClient, nodes: Store<Node>, configuration: ClusterConfiguration) {
        self.client = client
        self.nodes = nodes
        self.configuration = configuration
    }

    public func reconcile(_ request: ObjectKey) async throws -> ReconcileResult {
        let cached = nodes.list()
        guard let node = cached.first(where: { $0.metadata.name == request.name }), !node.metadata.isBeingDeleted else {
            handedOut.withLock { $0[request.name] = nil }
            return .done
        }
        let inCache = cached.reduce(into: [String: Int]()) { indexes, node in
            if let name = node.metadata.name, let index = NodeRegistration.index(ofPodCIDR: node.spec.podCIDR) { indexes[name] = index }
        }
        let used = handedOut.withLock { handedOut -> Set<Int> in
            for (name, index) in inCache where handedOut[name] == index { handedOut[name] = nil }
            return Set(inCache.values).union(handedOut.filter { $0.key != request.name }.values)
        }
        guard let adopted = NodeRegistration.adopted(node, usedIndexes: used, configuration: configuration),
            let index = NodeRegistration.index(ofPodCIDR: adopted.spec.podCIDR)
        else { return .done }
        handedOut.withLock { $0[request.name] = index }
        do {
            _ = try await client.resource(Node.self).update(adopted)
        } catch let error as KubeAPIError where error.isNotFound {
            handedOut.withLock { $0[request.name] = nil }
        }
        return .done
    }

    /// Registers the controller on `manager`: nodes are its keys.
    @discardableResult
    public static func register(on manager: Manager, configuration: ClusterConfiguration) throws(ConfigurationError) -> Controller {
        let reconciler = NodeRegistrationReconciler(
            client: manager.client, nodes: manager.informers.informer(Node.self).store, configuration: configuration)
        return try manager.controller(for: Node.self, name: "node-registration").complete(reconciler)
    }
}

import ControllerRuntime
import Foundation
import KubeAPI
import KubeClient

/// The Endpoints and EndpointSlice controllers wired to the API server, one key per Service: the
/// Endpoints object named like the Service is created or updated from `EndpointsBuilder`, and the
/// Service's slices (label `kubernetes.io/service-name`) are reconciled to `EndpointSliceBuilder`'s
/// with the fewest writes. A pod change wakes the Services in its namespace that select it.
/// Services without a selector are left alone; a deleted Service's Endpoints are deleted (its
/// slices go with it through their owner reference).
public struct EndpointsReconciler: Reconciler {
    let client: KubeClient
    let services: Store<Service>
    let pods: Store<Pod>
    let nodes: Store<Node>
    let endpoints: Store<Endpoints>
    let slices: Store<EndpointSlice>

    public func reconcile(_ request: ObjectKey) async throws -> ReconcileResult {
        let endpointsClient = client.resource(Endpoints.self, namespace: request.namespace)
        guard let service = services.get(request), !service.metadata.isBeingDeleted else {
            if endpoints.get(request) != nil {
                do { _ = try await endpointsClient.delete(request.name) } catch let error as KubeAPIError where error.isNotFound {}
            }
            return .done
        }
        let namespacePods = pods.list(namespace: request.namespace)
        if let desired = EndpointsBuilder.endpoints(for: service, pods: namespacePods) {
            if var existing = endpoints.get(request) {
                if existing.subsets != desired.subsets || existing.metadata.labels != desired.metadata.labels {
                    existing.subsets = desired.subsets
                    if desired.subsets.isEmpty { existing.json["subsets"] = nil }
                    existing.metadata.labels = desired.metadata.labels
                    _ = try await endpointsClient.update(existing)
                }
            } else {
                do { _ = try await endpointsClient.create(desired) } catch let error as KubeAPIError where error.reason == .alreadyExists {}
            }
        }
        if let desired = EndpointSliceBuilder.slices(for: service, pods: namespacePods, nodes: nodes.list()) {
            let existing = slices.list(namespace: request.namespace).filter {
                $0.metadata.labels[EndpointSliceBuilder.serviceNameLabel] == request.name
                    && $0.metadata.labels[EndpointSliceBuilder.managedByLabel] == EndpointSliceBuilder.controllerName
            }
            let plan = EndpointSliceBuilder.plan(desired: desired, existing: existing)
            let sliceClient = client.resource(EndpointSlice.self, namespace: request.namespace)
            for slice in plan.create { _ = try await sliceClient.create(slice) }
            for slice in plan.update { _ = try await sliceClient.update(slice) }
            for slice in plan.delete {
                guard let name = slice.metadata.name else { continue }
                do { _ = try await sliceClient.delete(name) } catch let error as KubeAPIError where error.isNotFound {}
            }
        }
        return .done
    }

    /// Registers the controller on `manager`.
    @discardableResult
    public static func register(on manager: Manager) throws(ConfigurationError) -> Controller {
        let serviceStore = manager.informers.informer(Service.self).store
        let reconciler = EndpointsReconciler(
            client: manager.client, services: serviceStore, pods: manager.informers.informer(Pod.self).store,
            nodes: manager.informers.informer(Node.self).store, endpoints: manager.informers.informer(Endpoints.self).store,
            slices: manager.informers.informer(EndpointSlice.self).store)
        return try manager.controller(for: Service.self, name: "endpoints")
            .watches(Pod.self) { pod in
                serviceStore.list(namespace: pod.metadata.namespace ?? "default").filter { service in
                    let selector = service.spec.selector
                    return !selector.isEmpty && selector.allSatisfy { pod.metadata.labels[$0.key] == $0.value }
                }.map { ObjectKey($0) }
            }
            .complete(reconciler)
    }
}

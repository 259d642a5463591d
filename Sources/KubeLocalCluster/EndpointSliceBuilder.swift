import KubeAPI

/// The EndpointSlice controller's output for one Service: IPv4 slices of at most 100 endpoints,
/// one group of slices per port set, each endpoint with `ready`/`serving`/`terminating`
/// conditions, node name, zone and target reference; labelled with the Service name and the
/// managing controller and owned by the Service. Terminating pods stay listed as terminating.
public enum EndpointSliceBuilder {
    public static let serviceNameLabel = "kubernetes.io/service-name"
    public static let managedByLabel = "endpointslice.kubernetes.io/managed-by"
    public static let controllerName = "endpointslice-controller.k8s.io"
    public static let maxEndpointsPerSlice = 100

    /// The desired slices (with `generateName`, no names), or `nil` when the Service has no selector.
    /// - Parameter nodes: to read each endpoint's zone from its node's `topology.kubernetes.io/zone`.
    public static func slices(for service: Service, pods: [Pod], nodes: [Node]) -> [EndpointSlice]? {
        guard let backends = ServiceBackend.backends(of: service, pods: pods, includeTerminating: true) else { return nil }
        var zones: [String: String] = [:]
        for node in nodes { zones[node.metadata.name ?? ""] = node.metadata.labels["topology.kubernetes.io/zone"] }
        var groups: [[ServiceBackend.ResolvedPort]: [EndpointSliceEndpoint]] = [:]
        var order: [[ServiceBackend.ResolvedPort]] = []
        for backend in backends {
            let key = backend.ports.sorted { $0.name < $1.name }
            if groups[key] == nil { order.append(key) }
            var endpoint = EndpointSliceEndpoint()
            endpoint.addresses = [backend.ip]
            var conditions = EndpointConditions()
            conditions.ready = backend.ready && !backend.terminating
            conditions.serving = backend.ready
            conditions.terminating = backend.terminating
            endpoint.conditions = conditions
            endpoint.hostname = backend.hostname(for: service)
            endpoint.nodeName = backend.pod.spec.nodeName
            endpoint.zone = backend.pod.spec.nodeName.flatMap { zones[$0] }
            endpoint.targetRef = backend.targetRef
            groups[key, default: []].append(endpoint)
        }
        if backends.isEmpty { order = [[]] }  // the placeholder slice: no endpoints, no ports
        var slices: [EndpointSlice] = []
        for key in order {
            let endpoints = groups[key] ?? []
            var chunks = stride(from: 0, to: endpoints.count, by: maxEndpointsPerSlice).map {
                Array(endpoints[$0..<min($0 + maxEndpointsPerSlice, endpoints.count)])
            }
            if chunks.isEmpty { chunks = [[]] }
            for chunk in chunks {
                slices.append(slice(for: service, ports: key, endpoints: chunk))
            }
        }
        return slices
    }

    private static func slice(for service: Service, ports: [ServiceBackend.ResolvedPort], endpoints: [EndpointSliceEndpoint]) -> EndpointSlice {
        var slice = EndpointSlice()
        slice.metadata.namespace = service.metadata.namespace
        slice.metadata.generateName = (service.metadata.name ?? "service") + "-"
        var labels = service.metadata.labels
        labels[serviceNameLabel] = service.metadata.name
        labels[managedByLabel] = controllerName
        slice.metadata.labels = labels
        slice.metadata.ownerReferences = [OwnerReference(owner: service, controller: true, blockOwnerDeletion: true)]
        slice.addressType = "IPv4"
        slice.endpoints = endpoints
        slice.ports = ports.map { resolved in
            var port = EndpointSlicePort()
            port.name = resolved.name
            port.port = resolved.port
            port.protocol = resolved.protocol
            port.appProtocol = resolved.appProtocol
            return port
        }
        if ports.isEmpty { slice.json["ports"] = .array([]) }
        return slice
    }

    /// How to turn the existing slices of a Service into the desired ones with the fewest writes:
    /// existing slices (by name) are reused in order, surplus desired slices are created and
    /// surplus existing ones deleted; unchanged slices are not rewritten.
    public struct Plan: Sendable {
        public var create: [EndpointSlice] = []
        /// Existing slices with new content (name and resource version kept).
        public var update: [EndpointSlice] = []
        public var delete: [EndpointSlice] = []
    }

    public static func plan(desired: [EndpointSlice], existing: [EndpointSlice]) -> Plan {
        let reusable = existing.sorted { ($0.metadata.name ?? "") < ($1.metadata.name ?? "") }
        var plan = Plan()
        for (index, want) in desired.enumerated() {
            guard index < reusable.count else {
                plan.create.append(want)
                continue
            }
            let have = reusable[index]
            if have.endpoints == want.endpoints && have.ports == want.ports && have.metadata.labels == want.metadata.labels
                && have.addressType == want.addressType
            {
                continue
            }
            var updated = have
            updated.endpoints = want.endpoints
            updated.ports = want.ports
            if want.json["ports"] == .array([]) { updated.json["ports"] = .array([]) }
            updated.metadata.labels = want.metadata.labels
            updated.addressType = want.addressType
            plan.update.append(updated)
        }
        if reusable.count > desired.count { plan.delete = Array(reusable[desired.count...]) }
        return plan
    }
}

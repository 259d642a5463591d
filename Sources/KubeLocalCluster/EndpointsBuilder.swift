import KubeAPI

/// The Endpoints controller's output for one Service: an `Endpoints` object named like the Service,
/// with ready pods in `addresses` and unready ones in `notReadyAddresses`, grouped into subsets by
/// port set, addresses sorted by IP and ports by name. Terminating pods are left out (unless the
/// Service publishes not-ready addresses).
public enum EndpointsBuilder {
    /// `nil` when the Service has no selector: such Endpoints are managed by hand.
    public static func endpoints(for service: Service, pods: [Pod]) -> Endpoints? {
        guard let backends = ServiceBackend.backends(of: service, pods: pods, includeTerminating: false) else { return nil }
        var endpoints = Endpoints(name: service.metadata.name ?? "", namespace: service.metadata.namespace)
        var labels = service.metadata.labels
        if service.spec.clusterIP == "None" { labels["service.kubernetes.io/headless"] = "" }
        endpoints.metadata.labels = labels
        var groups: [[ServiceBackend.ResolvedPort]: EndpointSubset] = [:]
        var order: [[ServiceBackend.ResolvedPort]] = []
        for backend in backends {
            let key = backend.ports.sorted { $0.name < $1.name }
            if groups[key] == nil {
                order.append(key)
                var subset = EndpointSubset()
                subset.ports = key.map { resolved in
                    var port = EndpointPort()
                    port.name = resolved.name.isEmpty ? nil : resolved.name
                    port.port = resolved.port
                    port.protocol = resolved.protocol
                    port.appProtocol = resolved.appProtocol
                    return port
                }
                groups[key] = subset
            }
            var address = EndpointAddress()
            address.ip = backend.ip
            address.hostname = backend.hostname(for: service)
            address.nodeName = backend.pod.spec.nodeName
            address.targetRef = backend.targetRef
            if backend.ready {
                groups[key]?.addresses.append(address)
            } else {
                groups[key]?.notReadyAddresses.append(address)
            }
        }
        endpoints.subsets = order.compactMap { groups[$0] }
        return endpoints
    }
}

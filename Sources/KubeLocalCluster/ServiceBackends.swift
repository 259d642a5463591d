import KubeAPI

/// The pods behind a Service, as both endpoints controllers select them: pods in the Service's
/// namespace matched by its selector, with an IP, not finished; each with its readiness and the
/// Service ports resolved against the pod's container ports.
struct ServiceBackend: Sendable {
    var pod: Pod
    var ip: String
    var ready: Bool
    var terminating: Bool
    /// The resolved ports: name, number, protocol. A named `targetPort` the pod does not expose is left out.
    var ports: [ResolvedPort]

    struct ResolvedPort: Sendable, Hashable {
        var name: String
        var port: Int
        var `protocol`: String
        var appProtocol: String?
    }

    /// The backends of `service` among `pods`, sorted by IP then name; `nil` when the Service has
    /// no selector (its endpoints are managed by hand).
    static func backends(of service: Service, pods: [Pod], includeTerminating: Bool) -> [ServiceBackend]? {
        let selector = service.spec.selector
        guard !selector.isEmpty else { return nil }
        let namespace = service.metadata.namespace ?? "default"
        let publishNotReady = service.spec.publishNotReadyAddresses == true
        var backends: [ServiceBackend] = []
        for pod in pods where (pod.metadata.namespace ?? "default") == namespace {
            guard selector.allSatisfy({ pod.metadata.labels[$0.key] == $0.value }),
                let ip = pod.status.podIP, !ip.isEmpty, !pod.isTerminal
            else { continue }
            let terminating = pod.metadata.isBeingDeleted
            if terminating && !includeTerminating && !publishNotReady { continue }
            let ports = service.spec.ports.compactMap { resolve($0, in: pod) }
            if !service.spec.ports.isEmpty && ports.isEmpty { continue }
            backends.append(ServiceBackend(pod: pod, ip: ip, ready: publishNotReady || pod.isReady, terminating: terminating, ports: ports))
        }
        return backends.sorted { ($0.ip, $0.pod.metadata.name ?? "") < ($1.ip, $1.pod.metadata.name ?? "") }
    }

    /// `targetPort` as a number, a container port name, or (absent) the Service port.
    static func resolve(_ servicePort: ServicePort, in pod: Pod) -> ResolvedPort? {
        let proto = servicePort.protocol ?? "TCP"
        let number: Int?
        switch servicePort.targetPort {
        case .int(let value)?: number = value
        case .string(let name)?:
            if let value = Int(name) {
                number = value
            } else {
                number = pod.spec.containers.flatMap(\.ports).first { $0.name == name && ($0.protocol ?? "TCP") == proto }?.containerPort
            }
        case nil: number = servicePort.port
        }
        guard let number else { return nil }
        return ResolvedPort(name: servicePort.name ?? "", port: number, protocol: proto, appProtocol: servicePort.appProtocol)
    }

    var targetRef: ObjectReference {
        var reference = ObjectReference()
        reference.kind = "Pod"
        reference.namespace = pod.metadata.namespace
        reference.name = pod.metadata.name
        reference.uid = pod.metadata.uid
        return reference
    }

    /// The pod's DNS hostname within the Service, when its `subdomain` is the Service's name.
    func hostname(for service: Service) -> String? {
        guard let hostname = pod.spec.hostname, pod.spec.subdomain == service.metadata.name else { return nil }
        return hostname
    }
}

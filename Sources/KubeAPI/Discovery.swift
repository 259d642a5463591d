/// `discovery.k8s.io/v1 EndpointSlice`: a slice of a service's endpoints of one address type.
public struct EndpointSlice: KubeResource {
    public static let group = "discovery.k8s.io"
    public static let version = "v1"
    public static let kind = "EndpointSlice"
    public static let plural = "endpointslices"
    public static let namespaced = true

    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    /// `IPv4`, `IPv6` or `FQDN`.
    public var addressType: String? { get { self[field: "addressType"] } set { self[field: "addressType"] = newValue } }
    public var endpoints: [EndpointSliceEndpoint] { get { self[list: "endpoints"] } set { self[list: "endpoints"] = newValue } }
    public var ports: [EndpointSlicePort] { get { self[list: "ports"] } set { self[list: "ports"] = newValue } }
}

/// `discovery.k8s.io/v1 Endpoint`: one backend with its addresses and readiness.
public struct EndpointSliceEndpoint: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var addresses: [String] { get { self[list: "addresses"] } set { self[list: "addresses"] = newValue } }
    public var conditions: EndpointConditions { get { self[view: "conditions"] } set { self[view: "conditions"] = newValue } }
    public var hostname: String? { get { self[field: "hostname"] } set { self[field: "hostname"] = newValue } }
    public var targetRef: ObjectReference? { get { self[field: "targetRef"] } set { self[field: "targetRef"] = newValue } }
    public var nodeName: String? { get { self[field: "nodeName"] } set { self[field: "nodeName"] = newValue } }
    public var zone: String? { get { self[field: "zone"] } set { self[field: "zone"] = newValue } }
    public var hints: JSONValue? { get { self[field: "hints"] } set { self[field: "hints"] = newValue } }
}

/// `discovery.k8s.io/v1 EndpointConditions`: an absent `ready` means ready.
public struct EndpointConditions: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var ready: Bool? { get { self[field: "ready"] } set { self[field: "ready"] = newValue } }
    public var serving: Bool? { get { self[field: "serving"] } set { self[field: "serving"] = newValue } }
    public var terminating: Bool? { get { self[field: "terminating"] } set { self[field: "terminating"] = newValue } }
}

/// `discovery.k8s.io/v1 EndpointPort`.
public struct EndpointSlicePort: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var name: String? { get { self[field: "name"] } set { self[field: "name"] = newValue } }
    public var `protocol`: String? { get { self[field: "protocol"] } set { self[field: "protocol"] = newValue } }
    public var port: Int? { get { self[field: "port"] } set { self[field: "port"] = newValue } }
    public var appProtocol: String? { get { self[field: "appProtocol"] } set { self[field: "appProtocol"] = newValue } }
}

/// `v1 Service`: a stable address for a set of pods.
public struct Service: KubeResource {
    public static let group = ""
    public static let version = "v1"
    public static let kind = "Service"
    public static let plural = "services"
    public static let namespaced = true
    public static let categories = ["all"]
    public static let shortNames = ["svc"]

    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var spec: ServiceSpec { get { self[view: "spec"] } set { self[view: "spec"] = newValue } }
    public var status: JSONValue? { get { self[field: "status"] } set { self[field: "status"] = newValue } }
}

/// `v1 ServiceSpec`.
public struct ServiceSpec: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    /// `ClusterIP`, `NodePort`, `LoadBalancer` or `ExternalName`.
    public var type: String? { get { self[field: "type"] } set { self[field: "type"] = newValue } }
    public var selector: [String: String] { get { self[map: "selector"] } set { self[map: "selector"] = newValue } }
    public var ports: [ServicePort] { get { self[list: "ports"] } set { self[list: "ports"] = newValue } }
    public var clusterIP: String? { get { self[field: "clusterIP"] } set { self[field: "clusterIP"] = newValue } }
    public var clusterIPs: [String] { get { self[list: "clusterIPs"] } set { self[list: "clusterIPs"] = newValue } }
    public var externalName: String? { get { self[field: "externalName"] } set { self[field: "externalName"] = newValue } }
    public var sessionAffinity: String? { get { self[field: "sessionAffinity"] } set { self[field: "sessionAffinity"] = newValue } }
    public var publishNotReadyAddresses: Bool? { get { self[field: "publishNotReadyAddresses"] } set { self[field: "publishNotReadyAddresses"] = newValue } }
    public var ipFamilies: [String] { get { self[list: "ipFamilies"] } set { self[list: "ipFamilies"] = newValue } }
    public var ipFamilyPolicy: String? { get { self[field: "ipFamilyPolicy"] } set { self[field: "ipFamilyPolicy"] = newValue } }
    public var internalTrafficPolicy: String? { get { self[field: "internalTrafficPolicy"] } set { self[field: "internalTrafficPolicy"] = newValue } }
    public var externalTrafficPolicy: String? { get { self[field: "externalTrafficPolicy"] } set { self[field: "externalTrafficPolicy"] = newValue } }
}

/// `v1 ServicePort`.
public struct ServicePort: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var name: String? { get { self[field: "name"] } set { self[field: "name"] = newValue } }
    public var `protocol`: String? { get { self[field: "protocol"] } set { self[field: "protocol"] = newValue } }
    public var port: Int? { get { self[field: "port"] } set { self[field: "port"] = newValue } }
    public var targetPort: IntOrString? { get { self[field: "targetPort"] } set { self[field: "targetPort"] = newValue } }
    public var nodePort: Int? { get { self[field: "nodePort"] } set { self[field: "nodePort"] = newValue } }
    public var appProtocol: String? { get { self[field: "appProtocol"] } set { self[field: "appProtocol"] = newValue } }
}

/// `v1 Endpoints`: the addresses behind a service, grouped in subsets.
public struct Endpoints: KubeResource {
    public static let group = ""
    public static let version = "v1"
    public static let kind = "Endpoints"
    public static let plural = "endpoints"
    public static let namespaced = true
    public static let singular = "endpoints"
    public static let shortNames = ["ep"]

    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var subsets: [EndpointSubset] { get { self[list: "subsets"] } set { self[list: "subsets"] = newValue } }
}

/// `v1 EndpointSubset`: addresses sharing the same ports.
public struct EndpointSubset: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var addresses: [EndpointAddress] { get { self[list: "addresses"] } set { self[list: "addresses"] = newValue } }
    public var notReadyAddresses: [EndpointAddress] { get { self[list: "notReadyAddresses"] } set { self[list: "notReadyAddresses"] = newValue } }
    public var ports: [EndpointPort] { get { self[list: "ports"] } set { self[list: "ports"] = newValue } }
}

/// `v1 EndpointAddress`.
public struct EndpointAddress: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var ip: String? { get { self[field: "ip"] } set { self[field: "ip"] = newValue } }
    public var hostname: String? { get { self[field: "hostname"] } set { self[field: "hostname"] = newValue } }
    public var nodeName: String? { get { self[field: "nodeName"] } set { self[field: "nodeName"] = newValue } }
    public var targetRef: ObjectReference? { get { self[field: "targetRef"] } set { self[field: "targetRef"] = newValue } }
}

/// `v1 EndpointPort`.
public struct EndpointPort: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var name: String? { get { self[field: "name"] } set { self[field: "name"] = newValue } }
    public var port: Int? { get { self[field: "port"] } set { self[field: "port"] = newValue } }
    public var `protocol`: String? { get { self[field: "protocol"] } set { self[field: "protocol"] = newValue } }
    public var appProtocol: String? { get { self[field: "appProtocol"] } set { self[field: "appProtocol"] = newValue } }
}

/// `v1 ObjectReference`: a reference to any object, optionally to a field within it.
public struct ObjectReference: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var apiVersion: String? { get { self[field: "apiVersion"] } set { self[field: "apiVersion"] = newValue } }
    public var kind: String? { get { self[field: "kind"] } set { self[field: "kind"] = newValue } }
    public var namespace: String? { get { self[field: "namespace"] } set { self[field: "namespace"] = newValue } }
    public var name: String? { get { self[field: "name"] } set { self[field: "name"] = newValue } }
    public var uid: String? { get { self[field: "uid"] } set { self[field: "uid"] = newValue } }
    public var resourceVersion: String? { get { self[field: "resourceVersion"] } set { self[field: "resourceVersion"] = newValue } }
    public var fieldPath: String? { get { self[field: "fieldPath"] } set { self[field: "fieldPath"] = newValue } }
}

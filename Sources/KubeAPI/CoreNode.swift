import Foundation

/// `v1 Node`: a machine that runs pods.
public struct Node: KubeResource {
    public static let group = ""
    public static let version = "v1"
    public static let kind = "Node"
    public static let plural = "nodes"
    public static let namespaced = false
    public static let shortNames = ["no"]

    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var spec: NodeSpec { get { self[view: "spec"] } set { self[view: "spec"] = newValue } }
    public var status: NodeStatus { get { self[view: "status"] } set { self[view: "status"] = newValue } }
}

/// `v1 NodeSpec`.
public struct NodeSpec: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var taints: [Taint] { get { self[list: "taints"] } set { self[list: "taints"] = newValue } }
    public var unschedulable: Bool? { get { self[field: "unschedulable"] } set { self[field: "unschedulable"] = newValue } }
    public var podCIDR: String? { get { self[field: "podCIDR"] } set { self[field: "podCIDR"] = newValue } }
    public var podCIDRs: [String] { get { self[list: "podCIDRs"] } set { self[list: "podCIDRs"] = newValue } }
    public var providerID: String? { get { self[field: "providerID"] } set { self[field: "providerID"] = newValue } }
}

/// `v1 NodeStatus`: capacity, conditions (`Ready`…), addresses and cached images.
public struct NodeStatus: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var capacity: [String: Quantity] { get { self[map: "capacity"] } set { self[map: "capacity"] = newValue } }
    public var allocatable: [String: Quantity] { get { self[map: "allocatable"] } set { self[map: "allocatable"] = newValue } }
    public var conditions: [Condition] { get { self[list: "conditions"] } set { self[list: "conditions"] = newValue } }
    public var addresses: [NodeAddress] { get { self[list: "addresses"] } set { self[list: "addresses"] = newValue } }
    public var images: [ContainerImage] { get { self[list: "images"] } set { self[list: "images"] = newValue } }
    public var nodeInfo: NodeSystemInfo { get { self[view: "nodeInfo"] } set { self[view: "nodeInfo"] = newValue } }
}

/// `v1 NodeAddress`: `type` is `InternalIP`, `ExternalIP`, `Hostname`…
public struct NodeAddress: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var type: String? { get { self[field: "type"] } set { self[field: "type"] = newValue } }
    public var address: String? { get { self[field: "address"] } set { self[field: "address"] = newValue } }
}

/// `v1 ContainerImage`: an image present on a node, under all its names.
public struct ContainerImage: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var names: [String] { get { self[list: "names"] } set { self[list: "names"] = newValue } }
    public var sizeBytes: Int64? { get { self[field: "sizeBytes"] } set { self[field: "sizeBytes"] = newValue } }
}

/// `v1 NodeSystemInfo`.
public struct NodeSystemInfo: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var machineID: String? { get { self[field: "machineID"] } set { self[field: "machineID"] = newValue } }
    public var systemUUID: String? { get { self[field: "systemUUID"] } set { self[field: "systemUUID"] = newValue } }
    public var bootID: String? { get { self[field: "bootID"] } set { self[field: "bootID"] = newValue } }
    public var kernelVersion: String? { get { self[field: "kernelVersion"] } set { self[field: "kernelVersion"] = newValue } }
    public var osImage: String? { get { self[field: "osImage"] } set { self[field: "osImage"] = newValue } }
    public var containerRuntimeVersion: String? { get { self[field: "containerRuntimeVersion"] } set { self[field: "containerRuntimeVersion"] = newValue } }
    public var kubeletVersion: String? { get { self[field: "kubeletVersion"] } set { self[field: "kubeletVersion"] = newValue } }
    public var kubeProxyVersion: String? { get { self[field: "kubeProxyVersion"] } set { self[field: "kubeProxyVersion"] = newValue } }
    public var operatingSystem: String? { get { self[field: "operatingSystem"] } set { self[field: "operatingSystem"] = newValue } }
    public var architecture: String? { get { self[field: "architecture"] } set { self[field: "architecture"] = newValue } }
}

import Foundation

/// `v1 Pod`: a group of containers scheduled onto one node.
public struct Pod: KubeResource {
    public static let group = ""
    public static let version = "v1"
    public static let kind = "Pod"
    public static let plural = "pods"
    public static let namespaced = true
    public static let categories = ["all"]
    public static let shortNames = ["po"]

    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var spec: PodSpec { get { self[view: "spec"] } set { self[view: "spec"] = newValue } }
    public var status: PodStatus { get { self[view: "status"] } set { self[view: "status"] = newValue } }
}

/// `v1 PodSpec`: what a pod runs and where it may run.
public struct PodSpec: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var containers: [Container] { get { self[list: "containers"] } set { self[list: "containers"] = newValue } }
    public var initContainers: [Container] { get { self[list: "initContainers"] } set { self[list: "initContainers"] = newValue } }
    public var volumes: [Volume] { get { self[list: "volumes"] } set { self[list: "volumes"] = newValue } }
    /// The node the pod is bound to; set by the scheduler.
    public var nodeName: String? { get { self[field: "nodeName"] } set { self[field: "nodeName"] = newValue } }
    public var nodeSelector: [String: String] { get { self[map: "nodeSelector"] } set { self[map: "nodeSelector"] = newValue } }
    public var affinity: Affinity? { get { self[field: "affinity"] } set { self[field: "affinity"] = newValue } }
    public var tolerations: [Toleration] { get { self[list: "tolerations"] } set { self[list: "tolerations"] = newValue } }
    public var serviceAccountName: String? { get { self[field: "serviceAccountName"] } set { self[field: "serviceAccountName"] = newValue } }
    public var automountServiceAccountToken: Bool? { get { self[field: "automountServiceAccountToken"] } set { self[field: "automountServiceAccountToken"] = newValue } }
    public var imagePullSecrets: [LocalObjectReference] { get { self[list: "imagePullSecrets"] } set { self[list: "imagePullSecrets"] = newValue } }
    public var priorityClassName: String? { get { self[field: "priorityClassName"] } set { self[field: "priorityClassName"] = newValue } }
    public var priority: Int? { get { self[field: "priority"] } set { self[field: "priority"] = newValue } }
    public var schedulerName: String? { get { self[field: "schedulerName"] } set { self[field: "schedulerName"] = newValue } }
    /// `Always`, `OnFailure` or `Never`.
    public var restartPolicy: String? { get { self[field: "restartPolicy"] } set { self[field: "restartPolicy"] = newValue } }
    public var terminationGracePeriodSeconds: Int64? { get { self[field: "terminationGracePeriodSeconds"] } set { self[field: "terminationGracePeriodSeconds"] = newValue } }
    public var activeDeadlineSeconds: Int64? { get { self[field: "activeDeadlineSeconds"] } set { self[field: "activeDeadlineSeconds"] = newValue } }
    public var securityContext: PodSecurityContext? { get { self[field: "securityContext"] } set { self[field: "securityContext"] = newValue } }
    public var hostNetwork: Bool? { get { self[field: "hostNetwork"] } set { self[field: "hostNetwork"] = newValue } }
    public var dnsPolicy: String? { get { self[field: "dnsPolicy"] } set { self[field: "dnsPolicy"] = newValue } }
    public var hostname: String? { get { self[field: "hostname"] } set { self[field: "hostname"] = newValue } }
    public var subdomain: String? { get { self[field: "subdomain"] } set { self[field: "subdomain"] = newValue } }
    public var enableServiceLinks: Bool? { get { self[field: "enableServiceLinks"] } set { self[field: "enableServiceLinks"] = newValue } }
    public var runtimeClassName: String? { get { self[field: "runtimeClassName"] } set { self[field: "runtimeClassName"] = newValue } }
    public var overhead: [String: Quantity] { get { self[map: "overhead"] } set { self[map: "overhead"] = newValue } }
}

/// `v1 PodStatus`: the pod's observed state, written by the kubelet.
public struct PodStatus: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var phase: PodPhase? { get { self[field: "phase"] } set { self[field: "phase"] = newValue } }
    public var conditions: [Condition] { get { self[list: "conditions"] } set { self[list: "conditions"] = newValue } }
    public var message: String? { get { self[field: "message"] } set { self[field: "message"] = newValue } }
    public var reason: String? { get { self[field: "reason"] } set { self[field: "reason"] = newValue } }
    public var hostIP: String? { get { self[field: "hostIP"] } set { self[field: "hostIP"] = newValue } }
    public var hostIPs: [PodIP] { get { self[list: "hostIPs"] } set { self[list: "hostIPs"] = newValue } }
    public var podIP: String? { get { self[field: "podIP"] } set { self[field: "podIP"] = newValue } }
    public var podIPs: [PodIP] { get { self[list: "podIPs"] } set { self[list: "podIPs"] = newValue } }
    public var startTime: Date? { get { self[time: "startTime"] } set { self[time: "startTime"] = newValue } }
    public var containerStatuses: [ContainerStatus] { get { self[list: "containerStatuses"] } set { self[list: "containerStatuses"] = newValue } }
    public var initContainerStatuses: [ContainerStatus] { get { self[list: "initContainerStatuses"] } set { self[list: "initContainerStatuses"] = newValue } }
    public var qosClass: String? { get { self[field: "qosClass"] } set { self[field: "qosClass"] = newValue } }
    public var nominatedNodeName: String? { get { self[field: "nominatedNodeName"] } set { self[field: "nominatedNodeName"] = newValue } }
}

/// `v1 PodIP` / `v1 HostIP`: one address of a pod or its host.
public struct PodIP: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var ip: String? { get { self[field: "ip"] } set { self[field: "ip"] = newValue } }
}

/// `v1 PodTemplateSpec`: the metadata and spec of the pods a workload creates.
public struct PodTemplateSpec: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var metadata: ObjectMeta { get { self[view: "metadata"] } set { self[view: "metadata"] = newValue } }
    public var spec: PodSpec { get { self[view: "spec"] } set { self[view: "spec"] = newValue } }
}

/// `v1 LocalObjectReference`: a name in the same namespace.
public struct LocalObjectReference: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var name: String? { get { self[field: "name"] } set { self[field: "name"] = newValue } }
}

/// `v1 PodSecurityContext`: security settings for every container of a pod.
public struct PodSecurityContext: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var runAsUser: Int64? { get { self[field: "runAsUser"] } set { self[field: "runAsUser"] = newValue } }
    public var runAsGroup: Int64? { get { self[field: "runAsGroup"] } set { self[field: "runAsGroup"] = newValue } }
    public var runAsNonRoot: Bool? { get { self[field: "runAsNonRoot"] } set { self[field: "runAsNonRoot"] = newValue } }
    public var fsGroup: Int64? { get { self[field: "fsGroup"] } set { self[field: "fsGroup"] = newValue } }
    public var supplementalGroups: [Int64] { get { self[list: "supplementalGroups"] } set { self[list: "supplementalGroups"] = newValue } }
    public var seccompProfile: SeccompProfile? { get { self[field: "seccompProfile"] } set { self[field: "seccompProfile"] = newValue } }
}

/// `Pending`, `Running`, `Succeeded`, `Failed` or `Unknown`; open to values a newer server sends.
public struct PodPhase: OpenStringEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let pending: Self = "Pending"
    public static let running: Self = "Running"
    public static let succeeded: Self = "Succeeded"
    public static let failed: Self = "Failed"
    public static let unknown: Self = "Unknown"
}

/// `apps/v1 ReplicaSet`: keeps a number of identical pods running.
public struct ReplicaSet: KubeResource {
    public static let group = "apps"
    public static let version = "v1"
    public static let kind = "ReplicaSet"
    public static let plural = "replicasets"
    public static let namespaced = true
    public static let categories = ["all"]
    public static let shortNames = ["rs"]

    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var spec: ReplicaSetSpec { get { self[view: "spec"] } set { self[view: "spec"] = newValue } }
    public var status: ReplicaSetStatus { get { self[view: "status"] } set { self[view: "status"] = newValue } }
}

/// `apps/v1 ReplicaSetSpec`.
public struct ReplicaSetSpec: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var replicas: Int? { get { self[field: "replicas"] } set { self[field: "replicas"] = newValue } }
    public var selector: LabelSelector { get { self[view: "selector"] } set { self[view: "selector"] = newValue } }
    public var template: PodTemplateSpec { get { self[view: "template"] } set { self[view: "template"] = newValue } }
    public var minReadySeconds: Int? { get { self[field: "minReadySeconds"] } set { self[field: "minReadySeconds"] = newValue } }
}

/// `apps/v1 ReplicaSetStatus`.
public struct ReplicaSetStatus: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var observedGeneration: Int64? { get { self[field: "observedGeneration"] } set { self[field: "observedGeneration"] = newValue } }
    public var replicas: Int? { get { self[field: "replicas"] } set { self[field: "replicas"] = newValue } }
    public var fullyLabeledReplicas: Int? { get { self[field: "fullyLabeledReplicas"] } set { self[field: "fullyLabeledReplicas"] = newValue } }
    public var readyReplicas: Int? { get { self[field: "readyReplicas"] } set { self[field: "readyReplicas"] = newValue } }
    public var availableReplicas: Int? { get { self[field: "availableReplicas"] } set { self[field: "availableReplicas"] = newValue } }
    public var terminatingReplicas: Int? { get { self[field: "terminatingReplicas"] } set { self[field: "terminatingReplicas"] = newValue } }
    public var conditions: [Condition] { get { self[list: "conditions"] } set { self[list: "conditions"] = newValue } }
}

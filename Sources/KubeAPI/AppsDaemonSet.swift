/// `apps/v1 DaemonSet`: one pod on every eligible node.
public struct DaemonSet: KubeResource {
    public static let group = "apps"
    public static let version = "v1"
    public static let kind = "DaemonSet"
    public static let plural = "daemonsets"
    public static let namespaced = true
    public static let categories = ["all"]
    public static let shortNames = ["ds"]

    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var spec: DaemonSetSpec { get { self[view: "spec"] } set { self[view: "spec"] = newValue } }
    public var status: DaemonSetStatus { get { self[view: "status"] } set { self[view: "status"] = newValue } }
}

/// `apps/v1 DaemonSetSpec`.
public struct DaemonSetSpec: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var selector: LabelSelector { get { self[view: "selector"] } set { self[view: "selector"] = newValue } }
    public var template: PodTemplateSpec { get { self[view: "template"] } set { self[view: "template"] = newValue } }
    public var updateStrategy: DaemonSetUpdateStrategy { get { self[view: "updateStrategy"] } set { self[view: "updateStrategy"] = newValue } }
    public var minReadySeconds: Int? { get { self[field: "minReadySeconds"] } set { self[field: "minReadySeconds"] = newValue } }
    public var revisionHistoryLimit: Int? { get { self[field: "revisionHistoryLimit"] } set { self[field: "revisionHistoryLimit"] = newValue } }
}

/// `apps/v1 DaemonSetUpdateStrategy`: `type` is `RollingUpdate` (the default) or `OnDelete`.
public struct DaemonSetUpdateStrategy: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var type: String? { get { self[field: "type"] } set { self[field: "type"] = newValue } }
    public var rollingUpdate: RollingUpdateDaemonSet? { get { self[field: "rollingUpdate"] } set { self[field: "rollingUpdate"] = newValue } }
}

/// `apps/v1 RollingUpdateDaemonSet`.
public struct RollingUpdateDaemonSet: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var maxUnavailable: IntOrString? { get { self[field: "maxUnavailable"] } set { self[field: "maxUnavailable"] = newValue } }
    public var maxSurge: IntOrString? { get { self[field: "maxSurge"] } set { self[field: "maxSurge"] = newValue } }
}

/// `apps/v1 DaemonSetStatus`.
public struct DaemonSetStatus: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var observedGeneration: Int64? { get { self[field: "observedGeneration"] } set { self[field: "observedGeneration"] = newValue } }
    public var currentNumberScheduled: Int? { get { self[field: "currentNumberScheduled"] } set { self[field: "currentNumberScheduled"] = newValue } }
    public var numberMisscheduled: Int? { get { self[field: "numberMisscheduled"] } set { self[field: "numberMisscheduled"] = newValue } }
    public var desiredNumberScheduled: Int? { get { self[field: "desiredNumberScheduled"] } set { self[field: "desiredNumberScheduled"] = newValue } }
    public var numberReady: Int? { get { self[field: "numberReady"] } set { self[field: "numberReady"] = newValue } }
    public var updatedNumberScheduled: Int? { get { self[field: "updatedNumberScheduled"] } set { self[field: "updatedNumberScheduled"] = newValue } }
    public var numberAvailable: Int? { get { self[field: "numberAvailable"] } set { self[field: "numberAvailable"] = newValue } }
    public var numberUnavailable: Int? { get { self[field: "numberUnavailable"] } set { self[field: "numberUnavailable"] = newValue } }
    public var collisionCount: Int? { get { self[field: "collisionCount"] } set { self[field: "collisionCount"] = newValue } }
    public var conditions: [Condition] { get { self[list: "conditions"] } set { self[list: "conditions"] = newValue } }
}

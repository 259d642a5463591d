/// `apps/v1 Deployment`: declarative updates of ReplicaSets and their pods.
public struct Deployment: KubeResource {
    public static let group = "apps"
    public static let version = "v1"
    public static let kind = "Deployment"
    public static let plural = "deployments"
    public static let namespaced = true
    public static let categories = ["all"]
    public static let shortNames = ["deploy"]

    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var spec: DeploymentSpec { get { self[view: "spec"] } set { self[view: "spec"] = newValue } }
    public var status: DeploymentStatus { get { self[view: "status"] } set { self[view: "status"] = newValue } }
}

/// `apps/v1 DeploymentSpec`.
public struct DeploymentSpec: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var replicas: Int? { get { self[field: "replicas"] } set { self[field: "replicas"] = newValue } }
    public var selector: LabelSelector { get { self[view: "selector"] } set { self[view: "selector"] = newValue } }
    public var template: PodTemplateSpec { get { self[view: "template"] } set { self[view: "template"] = newValue } }
    public var strategy: DeploymentStrategy { get { self[view: "strategy"] } set { self[view: "strategy"] = newValue } }
    public var minReadySeconds: Int? { get { self[field: "minReadySeconds"] } set { self[field: "minReadySeconds"] = newValue } }
    public var revisionHistoryLimit: Int? { get { self[field: "revisionHistoryLimit"] } set { self[field: "revisionHistoryLimit"] = newValue } }
    public var paused: Bool? { get { self[field: "paused"] } set { self[field: "paused"] = newValue } }
    public var progressDeadlineSeconds: Int? { get { self[field: "progressDeadlineSeconds"] } set { self[field: "progressDeadlineSeconds"] = newValue } }
}

/// `apps/v1 DeploymentStrategy`: `type` is `RollingUpdate` (the default) or `Recreate`.
public struct DeploymentStrategy: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var type: String? { get { self[field: "type"] } set { self[field: "type"] = newValue } }
    public var rollingUpdate: RollingUpdateDeployment? { get { self[field: "rollingUpdate"] } set { self[field: "rollingUpdate"] = newValue } }
}

/// `apps/v1 RollingUpdateDeployment`: counts or percentages (`25%`).
public struct RollingUpdateDeployment: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var maxUnavailable: IntOrString? { get { self[field: "maxUnavailable"] } set { self[field: "maxUnavailable"] = newValue } }
    public var maxSurge: IntOrString? { get { self[field: "maxSurge"] } set { self[field: "maxSurge"] = newValue } }
}

/// `apps/v1 DeploymentStatus`.
public struct DeploymentStatus: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var observedGeneration: Int64? { get { self[field: "observedGeneration"] } set { self[field: "observedGeneration"] = newValue } }
    public var replicas: Int? { get { self[field: "replicas"] } set { self[field: "replicas"] = newValue } }
    public var updatedReplicas: Int? { get { self[field: "updatedReplicas"] } set { self[field: "updatedReplicas"] = newValue } }
    public var readyReplicas: Int? { get { self[field: "readyReplicas"] } set { self[field: "readyReplicas"] = newValue } }
    public var availableReplicas: Int? { get { self[field: "availableReplicas"] } set { self[field: "availableReplicas"] = newValue } }
    public var unavailableReplicas: Int? { get { self[field: "unavailableReplicas"] } set { self[field: "unavailableReplicas"] = newValue } }
    public var terminatingReplicas: Int? { get { self[field: "terminatingReplicas"] } set { self[field: "terminatingReplicas"] = newValue } }
    public var conditions: [Condition] { get { self[list: "conditions"] } set { self[list: "conditions"] = newValue } }
    public var collisionCount: Int? { get { self[field: "collisionCount"] } set { self[field: "collisionCount"] = newValue } }
}

/// `autoscaling/v1 Scale`: the scale subresource of a workload (`…/deployments/NAME/scale`).
public struct Scale: KubeObject {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var spec: ScaleSpec { get { self[view: "spec"] } set { self[view: "spec"] = newValue } }
    public var status: ScaleStatus { get { self[view: "status"] } set { self[view: "status"] = newValue } }
}

/// `autoscaling/v1 ScaleSpec`.
public struct ScaleSpec: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var replicas: Int? { get { self[field: "replicas"] } set { self[field: "replicas"] = newValue } }
}

/// `autoscaling/v1 ScaleStatus`: `selector` is in label-selector query syntax.
public struct ScaleStatus: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var replicas: Int? { get { self[field: "replicas"] } set { self[field: "replicas"] = newValue } }
    public var selector: String? { get { self[field: "selector"] } set { self[field: "selector"] = newValue } }
}

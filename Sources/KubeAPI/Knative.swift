/// `caching.internal.knative.dev/v1alpha1 Image`: Knative's request to have an image cached on the
/// cluster's nodes (Knative Serving creates one per revision container).
public struct Image: KubeResource {
    public static let group = "caching.internal.knative.dev"
    public static let version = "v1alpha1"
    public static let kind = "Image"
    public static let plural = "images"
    public static let namespaced = true
    public static let categories = ["knative-internal", "caching"]
    public static let shortNames = ["img"]

    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var spec: ImageSpec { get { self[view: "spec"] } set { self[view: "spec"] = newValue } }
    public var status: KnativeStatus { get { self[view: "status"] } set { self[view: "status"] = newValue } }
}

/// `caching.internal.knative.dev/v1alpha1 ImageSpec`.
public struct ImageSpec: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    /// The image reference to cache.
    public var image: String? { get { self[field: "image"] } set { self[field: "image"] = newValue } }
    /// The service account whose pull secrets authenticate the pull.
    public var serviceAccountName: String? { get { self[field: "serviceAccountName"] } set { self[field: "serviceAccountName"] = newValue } }
    public var imagePullSecrets: [LocalObjectReference] { get { self[list: "imagePullSecrets"] } set { self[list: "imagePullSecrets"] = newValue } }
}

/// `autoscaling.internal.knative.dev/v1alpha1 PodAutoscaler`: scales a revision's workload
/// through its `scale` subresource; the autoscaler class is the `autoscaling.knative.dev/class` annotation.
public struct PodAutoscaler: KubeResource {
    public static let group = "autoscaling.internal.knative.dev"
    public static let version = "v1alpha1"
    public static let kind = "PodAutoscaler"
    public static let plural = "podautoscalers"
    public static let namespaced = true
    public static let categories = ["knative-internal", "autoscaling"]
    public static let shortNames = ["kpa", "pa"]

    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var spec: PodAutoscalerSpec { get { self[view: "spec"] } set { self[view: "spec"] = newValue } }
    public var status: PodAutoscalerStatus { get { self[view: "status"] } set { self[view: "status"] = newValue } }
}

/// `autoscaling.internal.knative.dev/v1alpha1 PodAutoscalerSpec`.
public struct PodAutoscalerSpec: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    /// Maximum in-flight requests per container; 0 means unlimited.
    public var containerConcurrency: Int64? { get { self[field: "containerConcurrency"] } set { self[field: "containerConcurrency"] = newValue } }
    /// The workload (usually a Deployment) whose `scale` subresource is driven.
    public var scaleTargetRef: ObjectReference { get { self[view: "scaleTargetRef"] } set { self[view: "scaleTargetRef"] = newValue } }
    /// `Reachable`, `Unreachable` or empty (unknown).
    public var reachability: String? { get { self[field: "reachability"] } set { self[field: "reachability"] = newValue } }
    /// `http1` or `h2c`.
    public var protocolType: String? { get { self[field: "protocolType"] } set { self[field: "protocolType"] = newValue } }
}

/// `autoscaling.internal.knative.dev/v1alpha1 PodAutoscalerStatus`: Knative status plus scales.
public struct PodAutoscalerStatus: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var observedGeneration: Int64? { get { self[field: "observedGeneration"] } set { self[field: "observedGeneration"] = newValue } }
    public var conditions: [Condition] { get { self[list: "conditions"] } set { self[list: "conditions"] = newValue } }
    public var annotations: [String: String] { get { self[map: "annotations"] } set { self[map: "annotations"] = newValue } }
    public var serviceName: String? { get { self[field: "serviceName"] } set { self[field: "serviceName"] = newValue } }
    public var metricsServiceName: String? { get { self[field: "metricsServiceName"] } set { self[field: "metricsServiceName"] = newValue } }
    public var desiredScale: Int? { get { self[field: "desiredScale"] } set { self[field: "desiredScale"] = newValue } }
    public var actualScale: Int? { get { self[field: "actualScale"] } set { self[field: "actualScale"] = newValue } }
}

/// Knative's `duckv1.Status`: `observedGeneration`, conditions (with `severity`) and annotations.
public struct KnativeStatus: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var observedGeneration: Int64? { get { self[field: "observedGeneration"] } set { self[field: "observedGeneration"] = newValue } }
    public var conditions: [Condition] { get { self[list: "conditions"] } set { self[list: "conditions"] = newValue } }
    public var annotations: [String: String] { get { self[map: "annotations"] } set { self[map: "annotations"] = newValue } }
}

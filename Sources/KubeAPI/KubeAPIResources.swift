/// The kinds this module models, for servers and clients that handle them generically.
public enum KubeAPIResources {
    /// The Kubernetes built-in kinds.
    public static let all: [any KubeResource.Type] = [
        Namespace.self, Node.self, Pod.self, Service.self, Endpoints.self, ConfigMap.self, Secret.self,
        ServiceAccount.self, CoreV1Event.self, EventsV1Event.self, Lease.self, Deployment.self,
        ReplicaSet.self, DaemonSet.self, EndpointSlice.self, CustomResourceDefinition.self,
    ]

    /// The Knative custom resources this module models (served once their CRDs are installed).
    public static let knative: [any KubeResource.Type] = [Image.self, PodAutoscaler.self]
}

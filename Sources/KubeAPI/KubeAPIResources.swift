/// The built-in kinds this module models, for servers and clients that handle them generically.
public enum KubeAPIResources {
    public static let all: [any KubeResource.Type] = [
        Namespace.self, Node.self, Pod.self, Service.self, Endpoints.self, ConfigMap.self, Secret.self,
        ServiceAccount.self, CoreV1Event.self, EventsV1Event.self, Lease.self, Deployment.self,
        ReplicaSet.self, DaemonSet.self, EndpointSlice.self, CustomResourceDefinition.self,
    ]
}

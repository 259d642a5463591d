/// The resources the local API server serves natively, with the names, scopes, short names,
/// categories and subresources kube-apiserver v1.32 lists in discovery.
public enum BuiltInResources {
    static let replicasScale = ScalePaths(
        specReplicasPath: ".spec.replicas", statusReplicasPath: ".status.replicas", labelSelectorPath: nil)

    /// Every built-in resource, in discovery order within each group/version.
    public static let all: [ResourceType] = [
        // core/v1
        ResourceType(
            group: "", version: "v1", kind: "ConfigMap", plural: "configmaps", namespaced: true, shortNames: ["cm"]),
        ResourceType(
            group: "", version: "v1", kind: "Endpoints", plural: "endpoints", singular: "endpoints",
            namespaced: true, shortNames: ["ep"]),
        ResourceType(
            group: "", version: "v1", kind: "Event", plural: "events", namespaced: true, shortNames: ["ev"]),
        ResourceType(
            group: "", version: "v1", kind: "Namespace", plural: "namespaces", namespaced: false,
            shortNames: ["ns"], verbs: ["create", "delete", "get", "list", "patch", "update", "watch"],
            hasStatus: true, extraSubresources: ["finalize"], nameIsLabel: true),
        ResourceType(
            group: "", version: "v1", kind: "Node", plural: "nodes", namespaced: false, shortNames: ["no"],
            hasStatus: true),
        ResourceType(
            group: "", version: "v1", kind: "Pod", plural: "pods", namespaced: true, shortNames: ["po"],
            categories: ["all"], hasStatus: true),
        ResourceType(
            group: "", version: "v1", kind: "Secret", plural: "secrets", namespaced: true),
        ResourceType(
            group: "", version: "v1", kind: "ServiceAccount", plural: "serviceaccounts", namespaced: true,
            shortNames: ["sa"]),
        ResourceType(
            group: "", version: "v1", kind: "Service", plural: "services", namespaced: true, shortNames: ["svc"],
            categories: ["all"], hasStatus: true, nameIsLabel: true),
        // apps/v1
        ResourceType(
            group: "apps", version: "v1", kind: "DaemonSet", plural: "daemonsets", namespaced: true,
            shortNames: ["ds"], categories: ["all"], hasStatus: true, tracksGeneration: true),
        ResourceType(
            group: "apps", version: "v1", kind: "Deployment", plural: "deployments", namespaced: true,
            shortNames: ["deploy"], categories: ["all"], hasStatus: true, scale: replicasScale,
            tracksGeneration: true),
        ResourceType(
            group: "apps", version: "v1", kind: "ReplicaSet", plural: "replicasets", namespaced: true,
            shortNames: ["rs"], categories: ["all"], hasStatus: true, scale: replicasScale, tracksGeneration: true),
        ResourceType(
            group: "apps", version: "v1", kind: "StatefulSet", plural: "statefulsets", namespaced: true,
            shortNames: ["sts"], categories: ["all"], hasStatus: true, scale: replicasScale,
            tracksGeneration: true),
        // coordination.k8s.io/v1
        ResourceType(
            group: "coordination.k8s.io", version: "v1", kind: "Lease", plural: "leases", namespaced: true),
        // discovery.k8s.io/v1
        ResourceType(
            group: "discovery.k8s.io", version: "v1", kind: "EndpointSlice", plural: "endpointslices",
            namespaced: true),
        // events.k8s.io/v1
        ResourceType(
            group: "events.k8s.io", version: "v1", kind: "Event", plural: "events", namespaced: true,
            shortNames: ["ev"]),
        // apiextensions.k8s.io/v1
        ResourceType(
            group: "apiextensions.k8s.io", version: "v1", kind: "CustomResourceDefinition",
            plural: "customresourcedefinitions", namespaced: false, shortNames: ["crd", "crds"],
            categories: ["api-extensions"], hasStatus: true, tracksGeneration: true),
    ]

    /// The preferred order of built-in groups in `/apis`, as the real server lists them.
    static let groupOrder = ["apps", "events.k8s.io", "coordination.k8s.io", "discovery.k8s.io", "apiextensions.k8s.io"]
}

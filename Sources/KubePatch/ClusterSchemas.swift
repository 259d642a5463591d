/// Merge shapes of further built-in kinds kubectl users apply (RBAC, networking, policy,
/// autoscaling, storage, admission webhooks, PersistentVolume). Their lists are atomic unless
/// noted; selectors and references are atomic structs.
enum ClusterSchemas {
    static func root(group: String, kind: String) -> [String: SchemaNode]? {
        switch (group, kind) {
        case ("", "PersistentVolume"):
            return ["spec": Schema.object([
                "accessModes": Schema.atomicList(), "mountOptions": Schema.atomicList(), "claimRef": Schema.atomic,
                "nodeAffinity": Schema.object(["required": Schema.atomic]),
            ])]
        case ("rbac.authorization.k8s.io", "Role"):
            return ["rules": Schema.atomicList()]
        case ("rbac.authorization.k8s.io", "ClusterRole"):
            return ["rules": Schema.atomicList(), "aggregationRule": Schema.object(["clusterRoleSelectors": Schema.atomicList()])]
        case ("rbac.authorization.k8s.io", "RoleBinding"), ("rbac.authorization.k8s.io", "ClusterRoleBinding"):
            return ["subjects": Schema.atomicList(), "roleRef": Schema.atomic]
        case ("networking.k8s.io", "Ingress"):
            return ["spec": Schema.object(["rules": Schema.atomicList(), "tls": Schema.atomicList()]),
                    "status": Schema.object(["loadBalancer": Schema.object(["ingress": Schema.atomicList()])])]
        case ("networking.k8s.io", "NetworkPolicy"):
            return ["spec": Schema.object(["podSelector": PodSchemas.labelSelector])]
        case ("networking.k8s.io", "IngressClass"), ("scheduling.k8s.io", "PriorityClass"), ("node.k8s.io", "RuntimeClass"):
            return [:]
        case ("storage.k8s.io", "StorageClass"):
            return ["mountOptions": Schema.atomicList(), "allowedTopologies": Schema.atomicList()]
        case ("policy", "PodDisruptionBudget"):
            return ["spec": Schema.object(["selector": PodSchemas.labelSelector]), "status": WorkloadSchemas.conditionsStatus]
        case ("autoscaling", "HorizontalPodAutoscaler"):
            return ["spec": Schema.object(["metrics": Schema.atomicList()]),
                    "status": WorkloadSchemas.conditionsStatus]
        case ("admissionregistration.k8s.io", "ValidatingWebhookConfiguration"),
             ("admissionregistration.k8s.io", "MutatingWebhookConfiguration"):
            let webhook = Schema.object([
                "rules": Schema.atomicList(), "admissionReviewVersions": Schema.atomicList(),
                "namespaceSelector": PodSchemas.labelSelector, "objectSelector": PodSchemas.labelSelector,
                "matchConditions": Schema.keyed(Schema.plain, by: "name"),
            ])
            return ["webhooks": Schema.keyed(webhook, by: "name")]
        default:
            return nil
        }
    }
}

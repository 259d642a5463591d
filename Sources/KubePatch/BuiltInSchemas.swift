import Synchronization

/// The merge shapes of the built-in kinds, transcribed from the patch and list tags of the
/// Kubernetes Go types (k8s.io/api): `patchStrategy`/`patchMergeKey` for strategic merge patch,
/// `+listType`/`+listMapKey`/`+structType`/`+mapType` for server-side apply. A list with a merge
/// strategy and no `+listType` is keyed by its merge key in server-side apply too, as
/// kube-openapi's schema conversion does.
enum BuiltInSchemas {
    static let objectMeta = Schema.object([
        "finalizers": Schema.set,
        "ownerReferences": Schema.keyed(Schema.atomic, by: "uid"),
        "managedFields": Schema.atomicList(),
    ])

    /// Roots already built, by group and kind (built-in kinds only, so the cache is bounded).
    /// Every write asks for its kind's root; building it allocates the whole tree.
    private static let roots = Mutex<[GroupKind: SchemaNode]>([:])

    private struct GroupKind: Hashable {
        var group: String
        var kind: String
    }

    /// The root shape of `kind` in API group `group` (`""` for the core group), or nil if unknown.
    static func root(group: String, kind: String) -> SchemaNode? {
        let id = GroupKind(group: group, kind: kind)
        if let cached = roots.withLock({ $0[id] }) { return cached }
        guard let built = makeRoot(group: group, kind: kind) else { return nil }
        roots.withLock { $0[id] = built }
        return built
    }

    private static func makeRoot(group: String, kind: String) -> SchemaNode? {
        switch (group, kind) {
        case ("", "Pod"): return top(spec: PodSchemas.podSpec, status: PodSchemas.podStatus)
        case ("", "PodTemplate"): return top(["template": PodSchemas.podTemplateSpec])
        case ("", "ReplicationController"):
            return top(spec: Schema.object(["selector": Schema.atomic, "template": PodSchemas.podTemplateSpec]),
                       status: WorkloadSchemas.conditionsStatus)
        case ("", "Service"): return top(spec: CoreSchemas.serviceSpec, status: CoreSchemas.serviceStatus)
        case ("", "ConfigMap"), ("", "Secret"), ("", "Event"), ("events.k8s.io", "Event"),
             ("coordination.k8s.io", "Lease"), ("", "LimitRange"), ("", "ResourceQuota"):
            return top([:])
        case ("", "Namespace"): return top(spec: Schema.object([:]), status: WorkloadSchemas.conditionsStatus)
        case ("", "ServiceAccount"):
            return top(["secrets": Schema.keyed(Schema.atomic, by: "name"), "imagePullSecrets": Schema.atomicList(Schema.atomic)])
        case ("", "Endpoints"): return top([:])
        case ("discovery.k8s.io", "EndpointSlice"): return top([:])
        case ("", "Node"): return top(spec: CoreSchemas.nodeSpec, status: CoreSchemas.nodeStatus)
        case ("", "PersistentVolumeClaim"):
            return top(spec: PodSchemas.persistentVolumeClaimSpec, status: WorkloadSchemas.conditionsStatus)
        case ("apps", "Deployment"): return top(spec: WorkloadSchemas.deploymentSpec, status: WorkloadSchemas.conditionsStatus)
        case ("apps", "ReplicaSet"), ("apps", "DaemonSet"):
            return top(spec: WorkloadSchemas.workloadSpec([:]), status: WorkloadSchemas.conditionsStatus)
        case ("apps", "StatefulSet"): return top(spec: WorkloadSchemas.statefulSetSpec, status: WorkloadSchemas.conditionsStatus)
        case ("batch", "Job"): return top(spec: WorkloadSchemas.jobSpec, status: WorkloadSchemas.jobStatus)
        case ("batch", "CronJob"): return top(spec: WorkloadSchemas.cronJobSpec, status: WorkloadSchemas.cronJobStatus)
        case ("autoscaling", "Scale"): return top(spec: Schema.object([:]), status: Schema.object([:]))
        case ("apiextensions.k8s.io", "CustomResourceDefinition"):
            return top(spec: CoreSchemas.crdSpec, status: CoreSchemas.crdStatus)
        default: return ClusterSchemas.root(group: group, kind: kind).map(top)
        }
    }

    private static func top(spec: SchemaNode, status: SchemaNode) -> SchemaNode {
        top(["spec": spec, "status": status])
    }

    private static func top(_ fields: [String: SchemaNode]) -> SchemaNode {
        var all = fields
        all["metadata"] = objectMeta
        return Schema.object(all)
    }
}

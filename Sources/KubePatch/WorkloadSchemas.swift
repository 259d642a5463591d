/// Merge shapes of apps/v1 and batch/v1 workload specs and statuses.
enum WorkloadSchemas {
    /// A status whose `conditions` merge by `type`.
    static let conditionsStatus = Schema.object(["conditions": Schema.keyed(Schema.plain, by: "type")])

    /// A spec with an atomic `selector` and a pod `template`, plus `extra` fields.
    static func workloadSpec(_ extra: [String: SchemaNode]) -> SchemaNode {
        var fields = extra
        fields["selector"] = PodSchemas.labelSelector
        fields["template"] = PodSchemas.podTemplateSpec
        return Schema.object(fields)
    }

    static let deploymentSpec = workloadSpec([:])

    static let statefulSetSpec = workloadSpec([
        "volumeClaimTemplates": Schema.atomicList(),
    ])

    static let jobSpec = workloadSpec([
        "podFailurePolicy": Schema.object(["rules": Schema.atomicList()]),
    ])

    /// Job conditions merge by type in a strategic merge patch but are atomic for server-side apply.
    static let jobStatus = Schema.object(["conditions": Schema.keyed(Schema.plain, by: "type", applyKeyed: false)])

    static let cronJobSpec = Schema.object([
        "jobTemplate": Schema.object(["metadata": BuiltInSchemas.objectMeta, "spec": jobSpec]),
    ])

    static let cronJobStatus = Schema.object(["active": Schema.atomicList(Schema.atomic)])
}

/// Merge shapes of core/v1 pod types (PodSpec, Container, Volume, PodStatus).
enum PodSchemas {
    static let labelSelector = Schema.atomic

    static let envVar = Schema.object([
        "valueFrom": Schema.object([
            "configMapKeyRef": Schema.atomic, "secretKeyRef": Schema.atomic,
            "fieldRef": Schema.atomic, "resourceFieldRef": Schema.atomic,
        ]),
    ])

    static let container = Schema.object([
        "command": Schema.atomicList(), "args": Schema.atomicList(),
        "ports": Schema.keyed(Schema.plain, by: "containerPort", applyKeys: ["containerPort", "protocol"],
                              keyDefaults: ["protocol": "TCP"]),
        "env": Schema.keyed(envVar, by: "name"),
        "envFrom": Schema.atomicList(),
        "volumeMounts": Schema.keyed(Schema.plain, by: "mountPath"),
        "volumeDevices": Schema.keyed(Schema.plain, by: "devicePath"),
        "resources": Schema.object(["claims": Schema.keyed(Schema.plain, by: "name", patchMerges: false)]),
        "resizePolicy": Schema.atomicList(),
    ])

    /// Volume sources are a union (`patchStrategy: retainKeys`): kubectl sends `$retainKeys`,
    /// which the merge honours wherever it appears.
    static let volume = Schema.object([
        "configMap": Schema.object(["items": Schema.atomicList()]),
        "secret": Schema.object(["items": Schema.atomicList()]),
        "projected": Schema.object(["sources": Schema.atomicList()]),
        "downwardAPI": Schema.object(["items": Schema.atomicList()]),
        "persistentVolumeClaim": Schema.object([:]),
    ])

    static let nodeAffinity = Schema.object([
        "requiredDuringSchedulingIgnoredDuringExecution": Schema.atomic,
        "preferredDuringSchedulingIgnoredDuringExecution": Schema.atomicList(),
    ])

    static let podSpec = Schema.object([
        "volumes": Schema.keyed(volume, by: "name"),
        "initContainers": Schema.keyed(container, by: "name"),
        "containers": Schema.keyed(container, by: "name"),
        "ephemeralContainers": Schema.keyed(container, by: "name"),
        "imagePullSecrets": Schema.keyed(Schema.atomic, by: "name"),
        "tolerations": Schema.atomicList(),
        "hostAliases": Schema.keyed(Schema.object(["hostnames": Schema.atomicList()]), by: "ip"),
        "topologySpreadConstraints": Schema.keyed(
            Schema.object(["labelSelector": labelSelector, "matchLabelKeys": Schema.atomicList()]),
            by: "topologyKey", applyKeys: ["topologyKey", "whenUnsatisfiable"]),
        "readinessGates": Schema.atomicList(),
        "resourceClaims": Schema.keyed(Schema.plain, by: "name"),
        "schedulingGates": Schema.keyed(Schema.plain, by: "name"),
        "nodeSelector": Schema.atomic,
        "affinity": Schema.object(["nodeAffinity": nodeAffinity]),
    ])

    static let podTemplateSpec = Schema.object(["metadata": BuiltInSchemas.objectMeta, "spec": podSpec])

    static let podStatus = Schema.object([
        "conditions": Schema.keyed(Schema.plain, by: "type"),
        "podIPs": Schema.keyed(Schema.plain, by: "ip"),
        "hostIPs": Schema.keyed(Schema.plain, by: "ip", applyKeyed: false),
        "initContainerStatuses": Schema.atomicList(),
        "containerStatuses": Schema.atomicList(),
        "ephemeralContainerStatuses": Schema.atomicList(),
    ])

    static let persistentVolumeClaimSpec = Schema.object([
        "accessModes": Schema.atomicList(), "selector": labelSelector,
        "dataSource": Schema.atomic, "dataSourceRef": Schema.atomic,
    ])
}

import KubeAPI

/// The DaemonSet of one prefetch group, and how to read a group back from one.
///
/// Its pods run an init container that copies the sleeper binary into an `emptyDir`, then one
/// container per member image running that binary, so each image is pulled onto the node and
/// stays in use (the kubelet's image GC never removes an image a running container uses). Pods
/// request almost nothing, run as non-root with a read-only root filesystem, no privilege
/// escalation, no capabilities, no service-account token, and pull with the pool's service
/// account and pull secrets.
enum PrefetchDaemonSet {
    static let managedByLabel = "app.kubernetes.io/managed-by"
    static let managedByValue = "thaw-image-cache"
    static let classLabel = "caching.thaw.dev/class"
    static let poolLabel = "caching.thaw.dev/pool"
    static let groupLabel = "caching.thaw.dev/group"
    /// Comma-separated member Image names, in container order: the group's membership.
    static let membersAnnotation = "caching.thaw.dev/images"
    /// The pool's canonical identity (`CachePool.identity`).
    static let poolAnnotation = "caching.thaw.dev/pool-identity"
    /// A hash of everything this controller sets; the DaemonSet is rewritten only when it changes.
    static let specHashAnnotation = "caching.thaw.dev/spec-hash"
    static let sleeperContainerName = "thaw-sleeper"
    static let sleeperMountPath = "/thaw-sleeper"
    /// About 68 years: the prefetch containers never exit on their own.
    static let sleepSeconds = "2147483647"

    /// Everything needed to build one group's DaemonSet.
    struct Inputs: Sendable {
        var pool: CachePool
        var index: Int
        var members: [PrefetchMember]
        /// The pool's pull secrets plus those of its service account, sorted and unique.
        var pullSecrets: [String]
        var configuration: ImageCacheConfiguration
    }

    /// The desired DaemonSet, its spec-hash annotation set.
    static func build(_ inputs: Inputs) -> DaemonSet {
        let configuration = inputs.configuration
        let name = inputs.pool.daemonSetName(imageClass: configuration.imageClass, index: inputs.index)
        let podLabels: JSONValue = [
            managedByLabel: .string(managedByValue), poolLabel: .string(inputs.pool.id(imageClass: configuration.imageClass)),
            groupLabel: .string(name),
        ]
        var labels = podLabels
        labels[classLabel] = .string(LabelValue.fitting(configuration.imageClass))
        var podSpec: JSONValue = [
            "automountServiceAccountToken": false,
            "enableServiceLinks": false,
            "terminationGracePeriodSeconds": 1,
            "securityContext": [
                "runAsNonRoot": true, "runAsUser": 65534, "runAsGroup": 65534, "seccompProfile": ["type": "RuntimeDefault"],
            ],
            "volumes": [["name": "thaw-sleeper", "emptyDir": ["sizeLimit": "16Mi"]]],
            "initContainers": [
                container(name: sleeperContainerName, image: configuration.sleeper.image,
                          command: ["cp", .string(configuration.sleeper.binaryPath), .string(sleeperMountPath + "/sleep")], readOnlyMount: false),
            ],
            "containers": .array(inputs.members.map {
                container(name: $0.containerName, image: $0.reference, command: [.string(sleeperMountPath + "/sleep"), .string(sleepSeconds)], readOnlyMount: true)
            }),
            "tolerations": .array(configuration.tolerations.tolerations.map(\.json)),
        ]
        if let account = inputs.pool.serviceAccountName { podSpec["serviceAccountName"] = .string(account) }
        if !inputs.pullSecrets.isEmpty { podSpec["imagePullSecrets"] = .array(inputs.pullSecrets.map { ["name": .string($0)] }) }
        if !inputs.pool.nodeSelector.isEmpty { podSpec["nodeSelector"] = .object(inputs.pool.nodeSelector.mapValues { .string($0) }) }
        if let priority = configuration.priorityClassName { podSpec["priorityClassName"] = .string(priority) }

        var json: JSONValue = [
            "apiVersion": "apps/v1", "kind": "DaemonSet",
            "metadata": [
                "name": .string(name), "namespace": .string(inputs.pool.namespace), "labels": labels,
                "annotations": [
                    membersAnnotation: .string(inputs.members.map(\.name).joined(separator: ",")),
                    poolAnnotation: .string(inputs.pool.identity),
                ],
                "ownerReferences": .array(inputs.members.map {
                    ["apiVersion": .string(Image.apiVersion), "kind": .string(Image.kind), "name": .string($0.name), "uid": .string($0.uid)]
                }),
            ],
            "spec": [
                "selector": ["matchLabels": podLabels],
                "revisionHistoryLimit": 2,
                // Cached images stay on disk while a pod is replaced, so every node may roll at once.
                "updateStrategy": ["type": "RollingUpdate", "rollingUpdate": ["maxUnavailable": "100%"]],
                "template": ["metadata": ["labels": podLabels], "spec": podSpec],
            ],
        ]
        json[path: ["metadata", "annotations", specHashAnnotation]] = .string(StableHash.hex(json.jsonString, length: 16))
        return DaemonSet(json: json)
    }

    private static func container(name: String, image: String, command: JSONValue, readOnlyMount: Bool) -> JSONValue {
        var mount: JSONValue = ["name": "thaw-sleeper", "mountPath": .string(sleeperMountPath)]
        if readOnlyMount { mount["readOnly"] = true }
        return [
            "name": .string(name), "image": .string(image), "imagePullPolicy": "IfNotPresent", "command": command,
            "volumeMounts": [mount],
            "resources": ["requests": ["cpu": "1m", "memory": "4Mi"], "limits": ["cpu": "10m", "memory": "16Mi"]],
            "securityContext": [
                "allowPrivilegeEscalation": false, "readOnlyRootFilesystem": true, "runAsNonRoot": true,
                "capabilities": ["drop": ["ALL"]],
            ],
        ]
    }

    /// Whether `daemonSet` is a prefetch group of this controller's class.
    static func isManaged(_ daemonSet: DaemonSet, imageClass: String) -> Bool {
        let labels = daemonSet.metadata.labels
        return labels[managedByLabel] == managedByValue && labels[classLabel] == LabelValue.fitting(imageClass)
    }

    /// The member Image names a group DaemonSet records.
    static func members(of daemonSet: DaemonSet) -> [String] {
        (daemonSet.metadata.annotations[membersAnnotation] ?? "").split(separator: ",").map(String.init)
    }

    /// The group index of `daemonSet` within its pool: the suffix of `image-cache-<pool id>-<index>`.
    static func index(of daemonSet: DaemonSet) -> Int? {
        guard let pool = daemonSet.metadata.labels[poolLabel], let name = daemonSet.metadata.name else { return nil }
        let prefix = "image-cache-\(pool)-"
        guard name.hasPrefix(prefix) else { return nil }
        return Int(name.dropFirst(prefix.count))
    }
}

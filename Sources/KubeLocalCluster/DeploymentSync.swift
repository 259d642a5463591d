import Foundation
import KubeAPI

/// The Deployment controller's decision for one Deployment: ReplicaSets to create, scale and
/// delete, and the Deployment's status. A pure function of the Deployment, the ReplicaSets it
/// controls (with their statuses) and the time, following the real controller's rolling update
/// (`reconcileNewReplicaSet`, then `reconcileOldReplicaSets` within `maxSurge`/`maxUnavailable`),
/// `Recreate`, and revision history cleanup.
public enum DeploymentSync {
    /// A change to an existing ReplicaSet's replicas (and the annotations recording them).
    public struct Scale: Sendable, Hashable {
        public var name: String
        public var replicas: Int
        public var annotations: [String: String]
    }

    public struct Result: Sendable {
        public var replicaSetToCreate: ReplicaSet?
        public var scales: [Scale] = []
        /// Old, empty ReplicaSets beyond `revisionHistoryLimit`.
        public var replicaSetsToDelete: [String] = []
        public var status = DeploymentStatus()
    }

    static let revisionAnnotation = "deployment.kubernetes.io/revision"
    static let desiredReplicasAnnotation = "deployment.kubernetes.io/desired-replicas"
    static let maxReplicasAnnotation = "deployment.kubernetes.io/max-replicas"
    static let hashLabel = "pod-template-hash"

    /// - Throws: `ClusterConfigurationError.invalidValue` when `maxSurge` or `maxUnavailable` is not
    ///   a count or percentage, or both resolve to 0.
    public static func sync(_ deployment: Deployment, replicaSets: [ReplicaSet], now: Date) throws(ClusterConfigurationError) -> Result {
        let uid = deployment.metadata.uid
        let owned = replicaSets.filter { uid != nil && $0.metadata.controllerReference?.uid == uid }
        let desired = max(0, deployment.spec.replicas ?? 1)
        let (maxSurge, maxUnavailable) = try rollingParameters(deployment, desired: desired)
        let template = deployment.spec.template
        let byAge = owned.sorted { ($0.metadata.creationTimestamp ?? .distantPast, $0.metadata.name ?? "") < ($1.metadata.creationTimestamp ?? .distantPast, $1.metadata.name ?? "") }
        var newRS = byAge.first { matchesTemplate($0, template) }
        let oldRSs = byAge.filter { $0.metadata.name != newRS?.metadata.name }
        var result = Result()
        var replicas = Dictionary(owned.map { ($0.metadata.name ?? "", $0.spec.replicas ?? 0) }, uniquingKeysWith: { a, _ in a })
        let recreate = deployment.spec.strategy.type == "Recreate"

        func scale(_ name: String, to count: Int) {
            replicas[name] = count
            result.scales.removeAll { $0.name == name }
            result.scales.append(Scale(name: name, replicas: count, annotations: [
                desiredReplicasAnnotation: String(desired), maxReplicasAnnotation: String(desired + (recreate ? 0 : maxSurge)),
            ]))
        }

        if newRS == nil {
            let created = makeReplicaSet(deployment, template: template, oldRSs: oldRSs, replicas: 0, desired: desired, maxSurge: recreate ? 0 : maxSurge)
            newRS = created
            result.replicaSetToCreate = created
        }
        let newName = newRS?.metadata.name ?? ""
        let oldNames = oldRSs.compactMap(\.metadata.name)
        let active = owned.filter { (replicas[$0.metadata.name ?? ""] ?? 0) > 0 }
        let scalingEvent = result.replicaSetToCreate == nil && active.contains {
            $0.metadata.annotations[desiredReplicasAnnotation].flatMap(Int.init) != desired
        }
        if deployment.spec.paused == true || scalingEvent {
            let sizes = proportionalSizes(
                newRS: newRS, oldRSs: oldRSs, replicas: replicas, desired: desired, maxSurge: maxSurge,
                rollingUpdate: !recreate, deploymentReplicas: deployment.status.replicas ?? 0)
            for (name, count) in sizes where count != replicas[name] { scale(name, to: count) }
        } else if recreate {
            let oldActive = oldRSs.contains { ($0.spec.replicas ?? 0) > 0 || ($0.status.replicas ?? 0) > 0 }
            for name in oldNames where (replicas[name] ?? 0) > 0 { scale(name, to: 0) }
            if !oldActive, (replicas[newName] ?? 0) != desired { scale(newName, to: desired) }
        } else {
            let current = replicas.values.reduce(0, +)
            let newCount = replicas[newName] ?? 0
            if newCount > desired {
                scale(newName, to: desired)
            } else if newCount < desired, current < desired + maxSurge {
                scale(newName, to: newCount + min(desired + maxSurge - current, desired - newCount))
            } else {
                let downs = scaleDownOld(oldRSs, newRS: newRS, replicas: replicas, desired: desired, maxUnavailable: maxUnavailable)
                for (name, count) in downs { scale(name, to: count) }
            }
        }
        if let created = result.replicaSetToCreate, let count = replicas[newName] {
            var updated = created
            updated.spec.replicas = count
            result.replicaSetToCreate = updated
            result.scales.removeAll { $0.name == newName }
        }
        result.replicaSetsToDelete = cleanup(oldRSs, replicas: replicas, limit: deployment.spec.revisionHistoryLimit ?? 10)
        result.status = status(deployment, newRS: newRS, all: owned, desired: desired, maxUnavailable: maxUnavailable, created: result.replicaSetToCreate != nil, now: now)
        return result
    }

    /// The controller's `scale` for a scaling event (the replica count changed, not the template):
    /// a single active ReplicaSet (or the newest when none is active) takes the whole count; a
    /// saturated new ReplicaSet empties the old ones; otherwise, during a rolling update, the
    /// difference to `replicas + maxSurge` is shared in proportion to each ReplicaSet's size
    /// (recorded `max-replicas`), leftovers going to the largest.
    static func proportionalSizes(
        newRS: ReplicaSet?, oldRSs: [ReplicaSet], replicas: [String: Int], desired: Int, maxSurge: Int,
        rollingUpdate: Bool, deploymentReplicas: Int
    ) -> [(String, Int)] {
        func size(_ rs: ReplicaSet) -> Int { replicas[rs.metadata.name ?? ""] ?? 0 }
        let all = ([newRS].compactMap { $0 } + oldRSs)
        let active = all.filter { size($0) > 0 }
        if active.count == 1, let only = active.first { return [(only.metadata.name ?? "", desired)] }
        if active.isEmpty, let latest = newRS ?? oldRSs.last { return [(latest.metadata.name ?? "", desired)] }
        if let newRS, size(newRS) == desired, newRS.metadata.annotations[desiredReplicasAnnotation].flatMap(Int.init) == desired,
            (newRS.status.availableReplicas ?? 0) == desired
        {
            return oldRSs.filter { size($0) > 0 }.map { ($0.metadata.name ?? "", 0) }
        }
        guard rollingUpdate else { return [] }
        let total = active.reduce(0) { $0 + size($1) }
        let allowed = desired > 0 ? desired + maxSurge : 0
        let toAdd = allowed - total
        func created(_ rs: ReplicaSet) -> Date { rs.metadata.creationTimestamp ?? .distantPast }
        let ordered = active.sorted { a, b in
            if size(a) != size(b) { return size(a) > size(b) }
            return toAdd > 0 ? created(a) > created(b) : created(a) < created(b)
        }
        var sizes: [(String, Int)] = []
        var added = 0
        for rs in ordered {
            var proportion = 0
            if toAdd != 0, added != toAdd {
                let fraction: Int
                if desired == 0 {
                    fraction = -size(rs)
                } else {
                    let annotated = rs.metadata.annotations[maxReplicasAnnotation].flatMap(Int.init) ?? deploymentReplicas
                    fraction = annotated > 0
                        ? Int((Double(size(rs) * allowed) / Double(annotated)).rounded()) - size(rs) : 0
                }
                proportion = toAdd > 0 ? min(fraction, toAdd - added) : max(fraction, toAdd - added)
            }
            sizes.append((rs.metadata.name ?? "", size(rs) + proportion))
            added += proportion
        }
        if !sizes.isEmpty { sizes[0].1 = max(0, sizes[0].1 + toAdd - added) }
        return sizes
    }

    /// `maxSurge` rounds up and `maxUnavailable` down from percentages of the desired count;
    /// the defaults are 25 % each; both 0 is turned into `maxUnavailable` 1, as the controller does.
    static func rollingParameters(_ deployment: Deployment, desired: Int) throws(ClusterConfigurationError) -> (Int, Int) {
        let rolling = deployment.spec.strategy.rollingUpdate
        let surgeValue = rolling?.maxSurge ?? .string("25%")
        let unavailableValue = rolling?.maxUnavailable ?? .string("25%")
        guard let surge = surgeValue.scaled(total: desired, roundUp: true), surge >= 0 else {
            throw .invalidValue(field: "spec.strategy.rollingUpdate.maxSurge", value: surgeValue.description, reason: "must be a non-negative count or percentage")
        }
        guard let unavailable = unavailableValue.scaled(total: desired, roundUp: false), unavailable >= 0 else {
            throw .invalidValue(field: "spec.strategy.rollingUpdate.maxUnavailable", value: unavailableValue.description, reason: "must be a non-negative count or percentage")
        }
        if surge == 0 && unavailable == 0 { return (0, 1) }
        return (surge, min(unavailable, desired))
    }

    /// Whether `replicaSet`'s template is `template` once its `pod-template-hash` label is removed.
    static func matchesTemplate(_ replicaSet: ReplicaSet, _ template: PodTemplateSpec) -> Bool {
        var candidate = replicaSet.spec.template
        var labels = candidate.metadata.labels
        labels[hashLabel] = nil
        candidate.metadata.labels = labels
        return candidate.json == template.json
    }

    private static func makeReplicaSet(
        _ deployment: Deployment, template: PodTemplateSpec, oldRSs: [ReplicaSet], replicas: Int, desired: Int, maxSurge: Int
    ) -> ReplicaSet {
        let hash = template.templateHash(collisionCount: deployment.status.collisionCount)
        let name = "\(deployment.metadata.name ?? "deployment")-\(hash)"
        var replicaSet = ReplicaSet(name: name, namespace: deployment.metadata.namespace)
        var labels = template.metadata.labels
        labels[hashLabel] = hash
        replicaSet.metadata.labels = labels
        let revision = (oldRSs.compactMap { $0.metadata.annotations[revisionAnnotation].flatMap(Int.init) }.max() ?? 0) + 1
        var annotations = deployment.metadata.annotations.filter { !$0.key.hasPrefix("kubectl.kubernetes.io/last-applied") && $0.key != revisionAnnotation }
        annotations[revisionAnnotation] = String(revision)
        annotations[desiredReplicasAnnotation] = String(desired)
        annotations[maxReplicasAnnotation] = String(desired + maxSurge)
        replicaSet.metadata.annotations = annotations
        replicaSet.metadata.ownerReferences = [OwnerReference(owner: deployment, controller: true, blockOwnerDeletion: true)]
        replicaSet.spec.replicas = replicas
        replicaSet.spec.minReadySeconds = deployment.spec.minReadySeconds
        var selector = deployment.spec.selector
        var matchLabels = selector.matchLabels
        matchLabels[hashLabel] = hash
        selector.matchLabels = matchLabels
        replicaSet.spec.selector = selector
        var rsTemplate = template
        rsTemplate.metadata.labels = labels
        replicaSet.spec.template = rsTemplate
        return replicaSet
    }

    /// `reconcileOldReplicaSets`: first remove old pods that are not available, then scale old
    /// ReplicaSets down (oldest first) as far as `maxUnavailable` allows.
    /// Returns the old ReplicaSets' new replica counts, in the order they were decided.
    private static func scaleDownOld(
        _ oldRSs: [ReplicaSet], newRS: ReplicaSet?, replicas: [String: Int], desired: Int, maxUnavailable: Int
    ) -> [(String, Int)] {
        var replicas = replicas
        var downs: [(String, Int)] = []
        let oldCount = oldRSs.reduce(0) { $0 + (replicas[$1.metadata.name ?? ""] ?? 0) }
        guard oldCount > 0 else { return [] }
        let all = replicas.values.reduce(0, +)
        let minAvailable = desired - maxUnavailable
        let newName = newRS?.metadata.name ?? ""
        let newUnavailable = max(0, (replicas[newName] ?? 0) - (newRS?.status.availableReplicas ?? 0))
        var budget = all - minAvailable - newUnavailable
        guard budget > 0 else { return [] }
        for rs in oldRSs where budget > 0 {
            let name = rs.metadata.name ?? ""
            let count = replicas[name] ?? 0
            let unhealthy = max(0, count - (rs.status.availableReplicas ?? 0))
            let down = min(budget, unhealthy)
            guard down > 0 else { continue }
            downs.append((name, count - down))
            replicas[name] = count - down
            budget -= down
        }
        let available = oldRSs.reduce(0) { $0 + min($1.status.availableReplicas ?? 0, replicas[$1.metadata.name ?? ""] ?? 0) }
            + (newRS?.status.availableReplicas ?? 0)
        var allowed = available - minAvailable
        for rs in oldRSs where allowed > 0 {
            let name = rs.metadata.name ?? ""
            let count = replicas[name] ?? 0
            let down = min(count, allowed)
            guard down > 0 else { continue }
            downs.append((name, count - down))
            replicas[name] = count - down
            allowed -= down
        }
        return downs
    }

    private static func cleanup(_ oldRSs: [ReplicaSet], replicas: [String: Int], limit: Int) -> [String] {
        let empty = oldRSs.filter { (replicas[$0.metadata.name ?? ""] ?? 0) == 0 && ($0.status.replicas ?? 0) == 0 }
        guard empty.count > limit else { return [] }
        let byRevision = empty.sorted {
            ($0.metadata.annotations[revisionAnnotation].flatMap(Int.init) ?? 0) < ($1.metadata.annotations[revisionAnnotation].flatMap(Int.init) ?? 0)
        }
        return byRevision.prefix(empty.count - limit).compactMap(\.metadata.name)
    }

    /// `status` as the controller computes it, with the `Available` and `Progressing` conditions.
    static func status(
        _ deployment: Deployment, newRS: ReplicaSet?, all: [ReplicaSet], desired: Int, maxUnavailable: Int, created: Bool, now: Date
    ) -> DeploymentStatus {
        var status = deployment.status
        let total = all.reduce(0) { $0 + ($1.spec.replicas ?? 0) }
        let available = all.reduce(0) { $0 + ($1.status.availableReplicas ?? 0) }
        status.observedGeneration = deployment.metadata.generation
        status.replicas = all.reduce(0) { $0 + ($1.status.replicas ?? 0) }
        status.updatedReplicas = newRS?.status.replicas ?? 0
        status.readyReplicas = all.reduce(0) { $0 + ($1.status.readyReplicas ?? 0) }
        status.availableReplicas = available
        status.unavailableReplicas = max(0, total - available)
        var conditions = status.conditions
        let minimum = available >= desired - maxUnavailable
        var availableCondition = minimum
            ? Condition(type: "Available", status: .true, reason: "MinimumReplicasAvailable", message: "Deployment has minimum availability.")
            : Condition(type: "Available", status: .false, reason: "MinimumReplicasUnavailable", message: "Deployment does not have minimum availability.")
        availableCondition.lastUpdateTime = now
        setKeepingUpdateTime(&conditions, availableCondition, now: now)
        let name = newRS?.metadata.name ?? ""
        let complete = (status.updatedReplicas ?? 0) == desired && (status.replicas ?? 0) == desired && available >= desired
        var progressing: Condition
        if created {
            progressing = Condition(type: "Progressing", status: .true, reason: "NewReplicaSetCreated", message: "Created new replica set \"\(name)\"")
        } else if complete {
            progressing = Condition(type: "Progressing", status: .true, reason: "NewReplicaSetAvailable", message: "ReplicaSet \"\(name)\" has successfully progressed.")
        } else {
            progressing = Condition(type: "Progressing", status: .true, reason: "ReplicaSetUpdated", message: "ReplicaSet \"\(name)\" is progressing.")
        }
        progressing.lastUpdateTime = now
        setKeepingUpdateTime(&conditions, progressing, now: now)
        status.conditions = conditions
        return status
    }

    /// Sets a deployment condition; `lastUpdateTime` only moves when status, reason or message change.
    private static func setKeepingUpdateTime(_ conditions: inout [Condition], _ condition: Condition, now: Date) {
        let existing = conditions.condition(ofType: condition.type ?? "")
        let unchanged = existing?.status == condition.status && existing?.reason == condition.reason && existing?.message == condition.message
        guard !unchanged else { return }
        conditions.set(condition, now: now)
        if let index = conditions.firstIndex(where: { $0.type == condition.type }) { conditions[index].lastUpdateTime = now }
    }
}

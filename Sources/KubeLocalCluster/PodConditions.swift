import Foundation
import KubeAPI

/// The conditions the kubelet maintains on a pod, computed from its containers' progress, in the
/// order a real kubelet writes them: `PodReadyToStartContainers`, `Initialized`, `Ready`,
/// `ContainersReady`. (`PodScheduled` belongs to the scheduler and is kept as found.)
extension PodRuntime {
    /// The pod's phase by the kubelet's rules (`getPhase`): `Pending` while initializing or while a
    /// container waits to start for the first time, `Running` once one runs (or all are restarting),
    /// `Succeeded`/`Failed` once all stopped for good.
    var phase: PodPhase {
        if finishedAt != nil {
            let allSucceeded = (containers).allSatisfy { runtime in
                if case .terminated(let t) = runtime.progress { return t.exitCode == 0 }
                return false
            }
            return allSucceeded ? .succeeded : .failed
        }
        if !isInitialized { return .pending }
        var running = 0, waiting = 0, stopped = 0, succeeded = 0
        for runtime in containers {
            switch runtime.progress {
            case .running, .stopping: running += 1
            case .terminated(let t):
                stopped += 1
                if t.exitCode == 0 { succeeded += 1 }
            default:
                if runtime.lastTermination != nil { stopped += 1 } else { waiting += 1 }
            }
        }
        if waiting > 0 { return .pending }
        if running > 0 { return .running }
        guard stopped > 0 else { return .pending }
        let policy = pod.spec.restartPolicy ?? "Always"
        if policy == "Always" { return .running }
        if stopped == succeeded { return .succeeded }
        return policy == "Never" ? .failed : .running
    }

    /// Recomputes the kubelet's conditions as of `time`, keeping transition times of unchanged ones.
    mutating func updateConditions(at time: Date) {
        let terminal = phase == .succeeded || phase == .failed
        var computed: [Condition] = []
        computed.append(Condition(type: "PodReadyToStartContainers", status: sandboxReady && finishedAt == nil ? .true : .false))
        let incompleteInit = initContainers.filter { !$0.hasCompletedInit }.map(\.name)
        if terminal {
            computed.append(Condition(type: "Initialized", status: .true, reason: incompleteInit.isEmpty ? nil : "PodCompleted"))
        } else if incompleteInit.isEmpty {
            computed.append(Condition(type: "Initialized", status: .true))
        } else {
            computed.append(Condition(
                type: "Initialized", status: .false, reason: "ContainersNotInitialized",
                message: "containers with incomplete status: [\(incompleteInit.joined(separator: " "))]"))
        }
        let unready = containers.filter { !$0.isReady }.map(\.name)
        for type in ["Ready", "ContainersReady"] {
            if terminal {
                computed.append(Condition(type: type, status: .false, reason: "PodCompleted"))
            } else if unready.isEmpty {
                computed.append(Condition(type: type, status: .true))
            } else {
                computed.append(Condition(
                    type: type, status: .false, reason: "ContainersNotReady",
                    message: "containers with unready status: [\(unready.joined(separator: " "))]"))
            }
        }
        var updated = conditions
        for var condition in computed {
            condition.json["lastProbeTime"] = .null
            updated.set(condition, now: time)
        }
        conditions = computed.compactMap { updated.condition(ofType: $0.type ?? "") }
    }
}

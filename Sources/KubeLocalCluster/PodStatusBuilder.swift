import Foundation
import KubeAPI

/// Writes a `PodStatus` from a pod's simulated state, shaped as the real kubelet writes it:
/// phase, conditions, host and pod IPs, start time, QoS class, and a status per container (init
/// containers in spec order, app containers sorted by name) with the `Waiting` reasons the real
/// kubelet uses (`PodInitializing`, `ContainerCreating`, `ErrImagePull`, `ImagePullBackOff`,
/// `ErrImageNeverPull`, `CrashLoopBackOff`), `Running`, `Terminated`, `restartCount`.
enum PodStatusBuilder {
    static func status(of runtime: PodRuntime, profile: NodeProfile, registry: ImageRegistry, previous: PodStatus) -> PodStatus {
        var status = previous
        status.phase = runtime.phase
        let kept = previous.conditions.filter { condition in
            !runtime.conditions.contains { $0.type == condition.type }
        }
        status.conditions = runtime.conditions + kept
        status.hostIP = profile.internalIP
        var hostIP = PodIP()
        hostIP.ip = profile.internalIP
        status.hostIPs = [hostIP]
        if let offset = runtime.podIPOffset {
            let ip = profile.podIP(offset: offset)
            status.podIP = ip
            var podIP = PodIP()
            podIP.ip = ip
            status.podIPs = [podIP]
        }
        status.startTime = runtime.startTime
        status.qosClass = qosClass(of: runtime.pod.spec)
        let hasInit = !runtime.initContainers.isEmpty
        status.initContainerStatuses = runtime.initContainers.map {
            containerStatus($0, defaultReason: "PodInitializing", registry: registry)
        }
        status.containerStatuses = runtime.containers.sorted { $0.name < $1.name }.map {
            containerStatus($0, defaultReason: hasInit ? "PodInitializing" : "ContainerCreating", registry: registry)
        }
        return status
    }

    static func containerStatus(_ runtime: ContainerRuntime, defaultReason: String, registry: ImageRegistry) -> ContainerStatus {
        var status = ContainerStatus()
        status.name = runtime.name
        status.image = runtime.image
        let hasRun = runtime.containerID != nil
        status.imageID = hasRun ? imageID(runtime.image, registry: registry) : ""
        if let id = runtime.containerID { status.containerID = id }
        status.ready = runtime.isReady
        status.started = runtime.isRunning
        status.restartCount = runtime.restartCount
        var state = ContainerState()
        switch runtime.progress {
        case .notReached, .needsImage, .pulling, .starting:
            state.waiting = waiting(defaultReason, nil)
        case .pullFailed(let message, _, let showingBackOff, _):
            state.waiting = showingBackOff
                ? waiting("ImagePullBackOff", "Back-off pulling image \"\(runtime.image)\"")
                : waiting("ErrImagePull", message)
        case .neverPull(let message):
            state.waiting = waiting("ErrImageNeverPull", message)
        case .crashBackOff(_, let message):
            state.waiting = waiting("CrashLoopBackOff", message)
        case .running(let startedAt, _, _, _, _), .stopping(let startedAt, _, _):
            var running = ContainerStateRunning()
            running.startedAt = startedAt
            state.running = running
        case .terminated(let termination):
            state.terminated = terminated(termination)
        }
        status.state = state
        if let last = runtime.lastTermination {
            var lastState = ContainerState()
            lastState.terminated = terminated(last)
            status.lastState = lastState
        } else {
            status.json["lastState"] = .emptyObject
        }
        return status
    }

    private static func waiting(_ reason: String, _ message: String?) -> ContainerStateWaiting {
        var waiting = ContainerStateWaiting()
        waiting.reason = reason
        waiting.message = message
        return waiting
    }

    private static func terminated(_ termination: ContainerTermination) -> ContainerStateTerminated {
        var terminated = ContainerStateTerminated()
        terminated.exitCode = termination.exitCode
        terminated.reason = termination.reason
        terminated.message = termination.message
        terminated.startedAt = termination.startedAt
        terminated.finishedAt = termination.finishedAt
        terminated.containerID = termination.containerID
        return terminated
    }

    private static func imageID(_ image: String, registry: ImageRegistry) -> String {
        (registry.image(named: image) ?? RegistryImage(name: image, sizeBytes: 0)).digestName
    }

    /// `Guaranteed` when every container sets equal CPU and memory requests and limits (requests
    /// default to limits), `BestEffort` when none sets any, otherwise `Burstable`.
    static func qosClass(of spec: PodSpec) -> String {
        let all = spec.initContainers + spec.containers
        if all.allSatisfy({ $0.resources.requests.isEmpty && $0.resources.limits.isEmpty }) { return "BestEffort" }
        let guaranteed = all.allSatisfy { container in
            let limits = container.resources.limits
            let requests = container.resources.requests
            return ["cpu", "memory"].allSatisfy { name in
                guard let limit = limits[name] else { return false }
                return (requests[name] ?? limit) == limit
            }
        }
        return guaranteed ? "Guaranteed" : "Burstable"
    }
}

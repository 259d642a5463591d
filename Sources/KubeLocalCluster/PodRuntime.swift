import Foundation
import KubeAPI

/// One pod's life on the simulated node, advanced event by event: sandbox, init containers in
/// order, image pulls, container starts, readiness, exits and restarts, and deletion within the
/// grace period. Every transition happens at an exact simulated time, so statuses and condition
/// transition times do not depend on when the kubelet is woken.
struct PodRuntime: Sendable {
    var pod: Pod
    /// When the kubelet first saw the pod (`status.startTime`).
    let startTime: Date
    var sandboxReadyAt: Date
    var sandboxReady = false
    var podIPOffset: Int?
    /// Whether the address went back to the pool when the pod finished (it is still reported).
    var podIPReleased = false
    var initContainers: [ContainerRuntime]
    var containers: [ContainerRuntime]
    /// Pull secret names the pod offers that exist in its namespace.
    var offeredSecrets: Set<String>
    /// When deletion was requested and the grace deadline.
    var deletion: (requestedAt: Date, deadline: Date)?
    /// When every container had stopped after deletion (or the pod ended on its own).
    var finishedAt: Date?
    /// Pod conditions as computed at the last transition, with their transition times.
    var conditions: [Condition] = []
    /// Events recorded since the driver last collected them.
    var events: [KubeletEvent] = []

    init(pod: Pod, seenAt time: Date, offeredSecrets: Set<String>, timings: KubeletTimings) {
        self.pod = pod
        startTime = time
        sandboxReadyAt = time.addingTimeInterval(timings.sandboxSeconds)
        initContainers = pod.spec.initContainers.map { ContainerRuntime(container: $0, isInit: true) }
        containers = pod.spec.containers.map { ContainerRuntime(container: $0, isInit: false) }
        self.offeredSecrets = offeredSecrets
    }

    var uid: String { pod.metadata.uid ?? pod.metadata.key }

    /// Whether every init container has completed (sidecars: started).
    var isInitialized: Bool { initContainers.allSatisfy(\.hasCompletedInit) }

    /// Every image a container of this pod uses (normalized): never garbage-collected.
    var imagesInUse: Set<String> {
        Set((initContainers + containers).map { ImageReference.normalized($0.image) })
    }

    /// The next time anything about this pod changes.
    var nextEventTime: Date? {
        if finishedAt != nil { return nil }
        if !sandboxReady { return deletion.map { min($0.requestedAt, sandboxReadyAt) } ?? sandboxReadyAt }
        if let stoppedAt { return stoppedAt }
        return (initContainers + containers).compactMap(\.nextEventTime).min()
    }

    // MARK: Transitions

    /// Applies every transition due at `time` (the caller advances in time order).
    mutating func advance(at time: Date, context: inout KubeletContext) {
        if !sandboxReady {
            if let deletion, deletion.requestedAt <= time {
                finishedAt = deletion.requestedAt
                return
            }
            guard sandboxReadyAt <= time else { return }
            sandboxReady = true
            startNextInitContainer(at: time)
        }
        for index in initContainers.indices where (initContainers[index].nextEventTime ?? .distantFuture) <= time {
            var runtime = initContainers[index]
            step(&runtime, at: time, context: &context)
            initContainers[index] = runtime
            if initContainers[index].hasCompletedInit, deletion == nil { startNextInitContainer(at: time) }
        }
        for index in containers.indices where (containers[index].nextEventTime ?? .distantFuture) <= time {
            var runtime = containers[index]
            step(&runtime, at: time, context: &context)
            containers[index] = runtime
        }
        if let stoppedAt, stoppedAt <= time { finishedAt = stoppedAt }
    }

    /// Rechecks containers blocked on a `Never` policy after an image arrived.
    mutating func recheckNeverPull(at time: Date, context: KubeletContext) {
        for index in initContainers.indices { recheck(&initContainers[index], at: time, context: context) }
        for index in containers.indices { recheck(&containers[index], at: time, context: context) }
    }

    private func recheck(_ runtime: inout ContainerRuntime, at time: Date, context: KubeletContext) {
        if case .neverPull = runtime.progress, context.store.contains(runtime.image) {
            runtime.progress = .needsImage(since: time)
        }
    }

    /// After deletion, when the last container stopped (`nil` while any still runs).
    var stoppedAt: Date? {
        guard let deletion, sandboxReady else { return nil }
        var latest = deletion.requestedAt
        for runtime in initContainers + containers {
            guard case .terminated(let termination) = runtime.progress else { return nil }
            latest = max(latest, termination.finishedAt)
        }
        return latest
    }

    private mutating func startNextInitContainer(at time: Date) {
        if let next = initContainers.indices.first(where: { !initContainers[$0].hasCompletedInit }) {
            if case .notReached = initContainers[next].progress { initContainers[next].progress = .needsImage(since: time) }
            return
        }
        for index in containers.indices {
            if case .notReached = containers[index].progress { containers[index].progress = .needsImage(since: time) }
        }
    }

    private mutating func record(_ runtime: ContainerRuntime, _ type: String, _ reason: String, _ message: String, at time: Date) {
        events.append(KubeletEvent(
            namespace: pod.metadata.namespace ?? "", podName: pod.metadata.name ?? "", podUID: pod.metadata.uid,
            fieldPath: runtime.fieldPath, type: type, reason: reason, message: message, time: time))
    }

    private mutating func step(_ runtime: inout ContainerRuntime, at time: Date, context: inout KubeletContext) {
        let timings = context.timings
        switch runtime.progress {
        case .notReached, .neverPull, .terminated:
            return
        case .needsImage:
            ensureImage(&runtime, at: time, context: &context)
        case .pulling(_, let failure):
            if let failure {
                record(runtime, "Warning", "Failed", "Failed to pull image \"\(runtime.image)\": \(failure.message)", at: time)
                record(runtime, "Warning", "Failed", "Error: ErrImagePull", at: time)
                runtime.pullFailures += 1
                let backOff = timings.pullBackOff(afterFailures: runtime.pullFailures)
                runtime.progress = .pullFailed(
                    message: failure.message, backOffAt: time.addingTimeInterval(timings.errImagePullDisplaySeconds),
                    showingBackOff: false, retryAt: time.addingTimeInterval(backOff))
            } else {
                let waited = time.timeIntervalSince(runtime.pullRequestedAt ?? time)
                record(runtime, "Normal", "Pulled", "Successfully pulled image \"\(runtime.image)\" in \(GoDuration.format(seconds: runtime.pullSeconds)) (\(GoDuration.format(seconds: waited)) including waiting). Image size: \(runtime.pullSizeBytes) bytes.", at: time)
                runtime.pullFailures = 0
                runtime.progress = .starting(until: time.addingTimeInterval(timings.containerStartSeconds))
            }
        case .pullFailed(let message, let backOffAt, let showing, let retryAt):
            if retryAt <= time {
                runtime.progress = .needsImage(since: time)
                ensureImage(&runtime, at: time, context: &context)
            } else if !showing, backOffAt <= time {
                record(runtime, "Normal", "BackOff", "Back-off pulling image \"\(runtime.image)\"", at: time)
                record(runtime, "Warning", "Failed", "Error: ImagePullBackOff", at: time)
                runtime.progress = .pullFailed(message: message, backOffAt: backOffAt, showingBackOff: true, retryAt: retryAt)
            }
        case .starting:
            context.store.touch(runtime.image, at: time)
            runtime.containerID = "containerd://" + SyntheticDigest.hex64(of: "\(uid)/\(runtime.name)/\(runtime.restartCount)")
            record(runtime, "Normal", "Created", "Created container: \(runtime.name)", at: time)
            record(runtime, "Normal", "Started", "Started container \(runtime.name)", at: time)
            runtime.progress = running(runtime, startedAt: time, timings: timings)
        case .running(let startedAt, let readyAt, let ready, let exitAt, let exitCode):
            if let exitAt, exitAt <= time {
                terminate(&runtime, exitCode: exitCode, startedAt: startedAt, at: time, timings: timings)
            } else if !ready, let readyAt, readyAt <= time {
                runtime.progress = .running(startedAt: startedAt, readyAt: readyAt, ready: true, exitAt: exitAt, exitCode: exitCode)
            }
        case .stopping(let startedAt, _, let exitCode):
            runtime.progress = .terminated(ContainerTermination(
                exitCode: exitCode, reason: exitCode == 0 ? "Completed" : "Error", startedAt: startedAt,
                finishedAt: time, containerID: runtime.containerID))
        case .crashBackOff:
            runtime.progress = .needsImage(since: time)
            ensureImage(&runtime, at: time, context: &context)
        }
    }

    /// Decides from the pull policy whether to start from the stored image, pull, or fail.
    private mutating func ensureImage(_ runtime: inout ContainerRuntime, at time: Date, context: inout KubeletContext) {
        let present = context.store.contains(runtime.image)
        let policy = runtime.pullPolicy
        if policy == .never || (policy == .ifNotPresent && present) {
            guard present else {
                let message = "Container image \"\(runtime.image)\" is not present with pull policy of Never"
                if case .neverPull = runtime.progress {} else { record(runtime, "Warning", "ErrImageNeverPull", message, at: time) }
                runtime.progress = .neverPull(message: message)
                return
            }
            record(runtime, "Normal", "Pulled", "Container image \"\(runtime.image)\" already present on machine", at: time)
            runtime.progress = .starting(until: time.addingTimeInterval(context.timings.containerStartSeconds))
            return
        }
        record(runtime, "Normal", "Pulling", "Pulling image \"\(runtime.image)\"", at: time)
        let resolved = context.registry.resolve(runtime.image, offeredSecrets: offeredSecrets)
        let pull = context.puller.request(
            runtime.image, at: time, resolved: resolved, alreadyPresent: present, profile: context.profile)
        runtime.pullRequestedAt = time
        runtime.pullSeconds = pull.seconds
        runtime.pullSizeBytes = pull.image?.sizeBytes ?? 0
        runtime.progress = .pulling(until: pull.finishesAt, failure: pull.failure)
    }

    private func running(_ runtime: ContainerRuntime, startedAt: Date, timings: KubeletTimings) -> ContainerProgress {
        if runtime.isInit && !runtime.isSidecar {
            return .running(
                startedAt: startedAt, readyAt: nil, ready: false,
                exitAt: startedAt.addingTimeInterval(timings.initContainerRunSeconds), exitCode: 0)
        }
        let probeDelay = Double(runtime.container.readinessProbe?.initialDelaySeconds ?? 0)
        let readyAt = startedAt.addingTimeInterval(probeDelay + timings.readinessDelaySeconds)
        let behaviour = SimulatedContainerBehaviour(annotations: pod.metadata.annotations)
        let exitAt = behaviour.exitAfterSeconds.map { startedAt.addingTimeInterval($0) }
        return .running(startedAt: startedAt, readyAt: readyAt, ready: readyAt <= startedAt, exitAt: exitAt, exitCode: behaviour.exitCode)
    }

    /// A container exited on its own: restart it after the crash-loop back-off when the pod's
    /// restart policy says so, otherwise leave it terminated.
    private mutating func terminate(_ runtime: inout ContainerRuntime, exitCode: Int, startedAt: Date, at time: Date, timings: KubeletTimings) {
        let termination = ContainerTermination(
            exitCode: exitCode, reason: exitCode == 0 ? "Completed" : "Error", startedAt: startedAt,
            finishedAt: time, containerID: runtime.containerID)
        let policy = pod.spec.restartPolicy ?? "Always"
        let restarts = !runtime.isInit && deletion == nil && (policy == "Always" || (policy == "OnFailure" && exitCode != 0))
        guard restarts else {
            runtime.progress = .terminated(termination)
            return
        }
        runtime.lastTermination = termination
        runtime.restartCount += 1
        let backOff = timings.crashLoopBackOff(afterRestarts: runtime.restartCount)
        let podName = "\(pod.metadata.name ?? "")_\(pod.metadata.namespace ?? "")(\(pod.metadata.uid ?? ""))"
        record(runtime, "Warning", "BackOff", "Back-off restarting failed container \(runtime.name) in pod \(pod.metadata.name ?? "")_\(pod.metadata.namespace ?? "")(\(pod.metadata.uid ?? ""))", at: time)
        runtime.progress = .crashBackOff(
            until: time.addingTimeInterval(backOff),
            message: "back-off \(GoDuration.format(seconds: backOff)) restarting failed container=\(runtime.name) pod=\(podName)")
    }

    // MARK: Deletion

    /// Starts graceful termination requested at `requestedAt` with the given deadline: running
    /// containers exit after the shutdown time (code 0) or are killed at the deadline (code 137);
    /// containers that never ran are reported as `ContainerStatusUnknown`.
    mutating func beginDeletion(requestedAt: Date, deadline: Date, timings: KubeletTimings) {
        guard deletion == nil else { return }
        deletion = (requestedAt, deadline)
        guard sandboxReady else { return }
        let graceful = requestedAt.addingTimeInterval(timings.shutdownSeconds)
        let stopAt = min(graceful, deadline)
        let exitCode = graceful <= deadline ? 0 : 137
        var killed: [ContainerRuntime] = []
        func stop(_ runtime: inout ContainerRuntime) {
            switch runtime.progress {
            case .running(let startedAt, _, _, _, _):
                killed.append(runtime)
                runtime.progress = .stopping(startedAt: startedAt, until: max(stopAt, requestedAt), exitCode: exitCode)
            case .terminated, .stopping:
                break
            default:
                runtime.progress = .terminated(ContainerTermination(
                    exitCode: 137, reason: "ContainerStatusUnknown",
                    message: "The container could not be located when the pod was terminated",
                    startedAt: nil, finishedAt: requestedAt, containerID: nil))
            }
        }
        for index in initContainers.indices { stop(&initContainers[index]) }
        for index in containers.indices { stop(&containers[index]) }
        for runtime in killed { record(runtime, "Normal", "Killing", "Stopping container \(runtime.name)", at: requestedAt) }
    }
}

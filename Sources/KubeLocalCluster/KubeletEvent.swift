import Foundation
import KubeAPI

/// An event the kubelet records about a pod (what `kubectl describe pod` lists), with the real
/// kubelet's reasons and messages: `Pulling`, `Pulled`, `Failed`, `BackOff`, `ErrImageNeverPull`,
/// `Created`, `Started`, `Killing`. The driver turns each into a `core/v1 Event` whose
/// `involvedObject` is the pod and `fieldPath` the container.
public struct KubeletEvent: Sendable, Hashable {
    public var namespace: String
    public var podName: String
    public var podUID: String?
    /// `spec.containers{app}` or `spec.initContainers{init}`.
    public var fieldPath: String
    /// `Normal` or `Warning`.
    public var type: String
    public var reason: String
    public var message: String
    public var time: Date
}

extension KubeletEvent {
    /// The `core/v1 Event` a kubelet on `node` writes for this event (`source.component: kubelet`).
    public func coreEvent(node: String) -> CoreV1Event {
        var event = CoreV1Event()
        event.metadata.namespace = namespace
        event.metadata.generateName = podName + "."
        var reference = ObjectReference()
        reference.apiVersion = "v1"
        reference.kind = "Pod"
        reference.namespace = namespace
        reference.name = podName
        reference.uid = podUID
        reference.fieldPath = fieldPath
        event.involvedObject = reference
        event.reason = reason
        event.message = message
        event.type = type
        var source = EventSource()
        source.component = "kubelet"
        source.host = node
        event.source = source
        event.firstTimestamp = time
        event.lastTimestamp = time
        event.count = 1
        event.reportingComponent = "kubelet"
        event.reportingInstance = node
        return event
    }
}

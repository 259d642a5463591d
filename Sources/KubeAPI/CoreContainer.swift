import Foundation

/// `v1 Container`: one container of a pod.
public struct Container: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var name: String? { get { self[field: "name"] } set { self[field: "name"] = newValue } }
    public var image: String? { get { self[field: "image"] } set { self[field: "image"] = newValue } }
    public var imagePullPolicy: ImagePullPolicy? { get { self[field: "imagePullPolicy"] } set { self[field: "imagePullPolicy"] = newValue } }
    public var command: [String] { get { self[list: "command"] } set { self[list: "command"] = newValue } }
    public var args: [String] { get { self[list: "args"] } set { self[list: "args"] = newValue } }
    public var workingDir: String? { get { self[field: "workingDir"] } set { self[field: "workingDir"] = newValue } }
    public var ports: [ContainerPort] { get { self[list: "ports"] } set { self[list: "ports"] = newValue } }
    public var env: [EnvVar] { get { self[list: "env"] } set { self[list: "env"] = newValue } }
    public var resources: ResourceRequirements { get { self[view: "resources"] } set { self[view: "resources"] = newValue } }
    public var volumeMounts: [VolumeMount] { get { self[list: "volumeMounts"] } set { self[list: "volumeMounts"] = newValue } }
    public var livenessProbe: Probe? { get { self[field: "livenessProbe"] } set { self[field: "livenessProbe"] = newValue } }
    public var readinessProbe: Probe? { get { self[field: "readinessProbe"] } set { self[field: "readinessProbe"] = newValue } }
    public var startupProbe: Probe? { get { self[field: "startupProbe"] } set { self[field: "startupProbe"] = newValue } }
    public var securityContext: SecurityContext? { get { self[field: "securityContext"] } set { self[field: "securityContext"] = newValue } }
    /// `Always` marks a sidecar (an init container that keeps running).
    public var restartPolicy: String? { get { self[field: "restartPolicy"] } set { self[field: "restartPolicy"] = newValue } }
    public var terminationMessagePath: String? { get { self[field: "terminationMessagePath"] } set { self[field: "terminationMessagePath"] = newValue } }
    public var terminationMessagePolicy: String? { get { self[field: "terminationMessagePolicy"] } set { self[field: "terminationMessagePolicy"] = newValue } }
    public var stdin: Bool? { get { self[field: "stdin"] } set { self[field: "stdin"] = newValue } }
    public var tty: Bool? { get { self[field: "tty"] } set { self[field: "tty"] = newValue } }
}

/// `v1 ContainerPort`.
public struct ContainerPort: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var name: String? { get { self[field: "name"] } set { self[field: "name"] = newValue } }
    public var containerPort: Int? { get { self[field: "containerPort"] } set { self[field: "containerPort"] = newValue } }
    public var `protocol`: String? { get { self[field: "protocol"] } set { self[field: "protocol"] = newValue } }
    public var hostPort: Int? { get { self[field: "hostPort"] } set { self[field: "hostPort"] = newValue } }
    public var hostIP: String? { get { self[field: "hostIP"] } set { self[field: "hostIP"] = newValue } }
}

/// `v1 EnvVar`: a literal `value` or a `valueFrom` source (kept as JSON).
public struct EnvVar: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var name: String? { get { self[field: "name"] } set { self[field: "name"] = newValue } }
    public var value: String? { get { self[field: "value"] } set { self[field: "value"] = newValue } }
    public var valueFrom: JSONValue? { get { self[field: "valueFrom"] } set { self[field: "valueFrom"] = newValue } }
}

/// `v1 ResourceRequirements`: `requests` and `limits` by resource name (`cpu`, `memory`, …).
public struct ResourceRequirements: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var requests: [String: Quantity] { get { self[map: "requests"] } set { self[map: "requests"] = newValue } }
    public var limits: [String: Quantity] { get { self[map: "limits"] } set { self[map: "limits"] = newValue } }
}

/// `v1 VolumeMount`.
public struct VolumeMount: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var name: String? { get { self[field: "name"] } set { self[field: "name"] = newValue } }
    public var mountPath: String? { get { self[field: "mountPath"] } set { self[field: "mountPath"] = newValue } }
    public var readOnly: Bool? { get { self[field: "readOnly"] } set { self[field: "readOnly"] = newValue } }
    public var subPath: String? { get { self[field: "subPath"] } set { self[field: "subPath"] = newValue } }
}

/// `v1 Probe`: how the kubelet checks a container.
public struct Probe: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var httpGet: HTTPGetAction? { get { self[field: "httpGet"] } set { self[field: "httpGet"] = newValue } }
    public var tcpSocket: TCPSocketAction? { get { self[field: "tcpSocket"] } set { self[field: "tcpSocket"] = newValue } }
    public var exec: ExecAction? { get { self[field: "exec"] } set { self[field: "exec"] = newValue } }
    public var initialDelaySeconds: Int? { get { self[field: "initialDelaySeconds"] } set { self[field: "initialDelaySeconds"] = newValue } }
    public var periodSeconds: Int? { get { self[field: "periodSeconds"] } set { self[field: "periodSeconds"] = newValue } }
    public var timeoutSeconds: Int? { get { self[field: "timeoutSeconds"] } set { self[field: "timeoutSeconds"] = newValue } }
    public var successThreshold: Int? { get { self[field: "successThreshold"] } set { self[field: "successThreshold"] = newValue } }
    public var failureThreshold: Int? { get { self[field: "failureThreshold"] } set { self[field: "failureThreshold"] = newValue } }
}

/// `v1 HTTPGetAction`.
public struct HTTPGetAction: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var path: String? { get { self[field: "path"] } set { self[field: "path"] = newValue } }
    public var port: IntOrString? { get { self[field: "port"] } set { self[field: "port"] = newValue } }
    public var host: String? { get { self[field: "host"] } set { self[field: "host"] = newValue } }
    public var scheme: String? { get { self[field: "scheme"] } set { self[field: "scheme"] = newValue } }
}

/// `v1 TCPSocketAction`.
public struct TCPSocketAction: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var port: IntOrString? { get { self[field: "port"] } set { self[field: "port"] = newValue } }
    public var host: String? { get { self[field: "host"] } set { self[field: "host"] = newValue } }
}

/// `v1 ExecAction`.
public struct ExecAction: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var command: [String] { get { self[list: "command"] } set { self[list: "command"] = newValue } }
}

/// `v1 SecurityContext`: security settings of one container.
public struct SecurityContext: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var runAsUser: Int64? { get { self[field: "runAsUser"] } set { self[field: "runAsUser"] = newValue } }
    public var runAsGroup: Int64? { get { self[field: "runAsGroup"] } set { self[field: "runAsGroup"] = newValue } }
    public var runAsNonRoot: Bool? { get { self[field: "runAsNonRoot"] } set { self[field: "runAsNonRoot"] = newValue } }
    public var privileged: Bool? { get { self[field: "privileged"] } set { self[field: "privileged"] = newValue } }
    public var readOnlyRootFilesystem: Bool? { get { self[field: "readOnlyRootFilesystem"] } set { self[field: "readOnlyRootFilesystem"] = newValue } }
    public var allowPrivilegeEscalation: Bool? { get { self[field: "allowPrivilegeEscalation"] } set { self[field: "allowPrivilegeEscalation"] = newValue } }
    public var capabilities: Capabilities? { get { self[field: "capabilities"] } set { self[field: "capabilities"] = newValue } }
    public var seccompProfile: SeccompProfile? { get { self[field: "seccompProfile"] } set { self[field: "seccompProfile"] = newValue } }
}

/// `v1 Capabilities`: Linux capabilities to add and drop.
public struct Capabilities: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var add: [String] { get { self[list: "add"] } set { self[list: "add"] = newValue } }
    public var drop: [String] { get { self[list: "drop"] } set { self[list: "drop"] = newValue } }
}

/// `v1 SeccompProfile`: `type` is `RuntimeDefault`, `Unconfined` or `Localhost`.
public struct SeccompProfile: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var type: String? { get { self[field: "type"] } set { self[field: "type"] = newValue } }
    public var localhostProfile: String? { get { self[field: "localhostProfile"] } set { self[field: "localhostProfile"] = newValue } }
}

/// `v1 ContainerStatus`: one container's observed state.
public struct ContainerStatus: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var name: String? { get { self[field: "name"] } set { self[field: "name"] = newValue } }
    public var image: String? { get { self[field: "image"] } set { self[field: "image"] = newValue } }
    public var imageID: String? { get { self[field: "imageID"] } set { self[field: "imageID"] = newValue } }
    public var containerID: String? { get { self[field: "containerID"] } set { self[field: "containerID"] = newValue } }
    public var ready: Bool? { get { self[field: "ready"] } set { self[field: "ready"] = newValue } }
    public var started: Bool? { get { self[field: "started"] } set { self[field: "started"] = newValue } }
    public var restartCount: Int? { get { self[field: "restartCount"] } set { self[field: "restartCount"] = newValue } }
    public var state: ContainerState { get { self[view: "state"] } set { self[view: "state"] = newValue } }
    public var lastState: ContainerState { get { self[view: "lastState"] } set { self[view: "lastState"] = newValue } }
}

/// `v1 ContainerState`: exactly one of `waiting`, `running`, `terminated` is set.
public struct ContainerState: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var waiting: ContainerStateWaiting? { get { self[field: "waiting"] } set { self[field: "waiting"] = newValue } }
    public var running: ContainerStateRunning? { get { self[field: "running"] } set { self[field: "running"] = newValue } }
    public var terminated: ContainerStateTerminated? { get { self[field: "terminated"] } set { self[field: "terminated"] = newValue } }
}

/// `v1 ContainerStateWaiting`: `reason` such as `ContainerCreating`, `ErrImagePull`, `ImagePullBackOff`.
public struct ContainerStateWaiting: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var reason: String? { get { self[field: "reason"] } set { self[field: "reason"] = newValue } }
    public var message: String? { get { self[field: "message"] } set { self[field: "message"] = newValue } }
}

/// `v1 ContainerStateRunning`.
public struct ContainerStateRunning: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var startedAt: Date? { get { self[time: "startedAt"] } set { self[time: "startedAt"] = newValue } }
}

/// `v1 ContainerStateTerminated`.
public struct ContainerStateTerminated: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var exitCode: Int? { get { self[field: "exitCode"] } set { self[field: "exitCode"] = newValue } }
    public var signal: Int? { get { self[field: "signal"] } set { self[field: "signal"] = newValue } }
    public var reason: String? { get { self[field: "reason"] } set { self[field: "reason"] = newValue } }
    public var message: String? { get { self[field: "message"] } set { self[field: "message"] = newValue } }
    public var startedAt: Date? { get { self[time: "startedAt"] } set { self[time: "startedAt"] = newValue } }
    public var finishedAt: Date? { get { self[time: "finishedAt"] } set { self[time: "finishedAt"] = newValue } }
    public var containerID: String? { get { self[field: "containerID"] } set { self[field: "containerID"] = newValue } }
}

/// `Always`, `IfNotPresent` or `Never`; open to values a newer server sends.
public struct ImagePullPolicy: OpenStringEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let always: Self = "Always"
    public static let ifNotPresent: Self = "IfNotPresent"
    public static let never: Self = "Never"
}

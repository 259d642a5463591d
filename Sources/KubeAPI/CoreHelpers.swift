import Foundation

extension Pod {
    /// Whether the `Ready` condition is `True`.
    public var isReady: Bool { status.conditions.isTrue("Ready") }

    /// Whether the pod has finished for good (`Succeeded` or `Failed`).
    public var isTerminal: Bool { status.phase == .succeeded || status.phase == .failed }
}

extension Node {
    /// Whether the `Ready` condition is `True`.
    public var isReady: Bool { status.conditions.isTrue("Ready") }

    /// The first `InternalIP` address, if any.
    public var internalIP: String? { status.addresses.first { $0.type == "InternalIP" }?.address }
}

extension Secret {
    /// The base64-decoded value of `data[key]`; `nil` when absent or not valid base64.
    public func decodedData(_ key: String) -> [UInt8]? {
        data[key].flatMap { Data(base64Encoded: $0) }.map { Array($0) }
    }

    /// Stores `bytes` base64-encoded under `data[key]`.
    public mutating func setData(_ key: String, bytes: [UInt8]) {
        data[key] = Data(bytes).base64EncodedString()
    }
}

extension Scale {
    public static let apiVersion = "autoscaling/v1"
    public static let kind = "Scale"

    /// A Scale with `apiVersion`, `kind`, name, namespace and `spec.replicas` set.
    public init(name: String, namespace: String?, replicas: Int) {
        self.init(json: ["apiVersion": .string(Self.apiVersion), "kind": .string(Self.kind)])
        metadata = ObjectMeta(name: name, namespace: namespace)
        spec.replicas = replicas
    }
}

extension EndpointSlice {
    /// The label naming the Service a slice belongs to.
    public static let serviceNameLabel = "kubernetes.io/service-name"
}

extension CustomResourceDefinition {
    /// The version marked `storage: true`.
    public var storageVersion: CustomResourceDefinitionVersion? { spec.versions.first { $0.storage == true } }

    /// The version called `name`.
    public func version(named name: String) -> CustomResourceDefinitionVersion? {
        spec.versions.first { $0.name == name }
    }

    /// Whether the `Established` condition is `True`.
    public var isEstablished: Bool { status.conditions.isTrue("Established") }
}

extension CustomResourceDefinitionVersion {
    /// Whether the `status` subresource is enabled for this version.
    public var hasStatusSubresource: Bool { subresources?.status != nil }
}

/// The built-in kinds this module models, for servers and clients that handle them generically.
public enum KubeAPIResources {
    public static let all: [any KubeResource.Type] = [
        Namespace.self, Node.self, Pod.self, Service.self, Endpoints.self, ConfigMap.self, Secret.self,
        ServiceAccount.self, CoreV1Event.self, EventsV1Event.self, Lease.self, Deployment.self,
        ReplicaSet.self, DaemonSet.self, EndpointSlice.self, CustomResourceDefinition.self,
    ]
}

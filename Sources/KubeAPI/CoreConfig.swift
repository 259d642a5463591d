/// `v1 Namespace`: a scope for names; deleting it deletes what it holds.
public struct Namespace: KubeResource {
    public static let group = ""
    public static let version = "v1"
    public static let kind = "Namespace"
    public static let plural = "namespaces"
    public static let namespaced = false
    public static let shortNames = ["ns"]

    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var spec: NamespaceSpec { get { self[view: "spec"] } set { self[view: "spec"] = newValue } }
    public var status: NamespaceStatus { get { self[view: "status"] } set { self[view: "status"] = newValue } }
}

/// `v1 NamespaceSpec`.
public struct NamespaceSpec: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var finalizers: [String] { get { self[list: "finalizers"] } set { self[list: "finalizers"] = newValue } }
}

/// `v1 NamespaceStatus`: `phase` is `Active` or `Terminating`.
public struct NamespaceStatus: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var phase: String? { get { self[field: "phase"] } set { self[field: "phase"] = newValue } }
    public var conditions: [Condition] { get { self[list: "conditions"] } set { self[list: "conditions"] = newValue } }
}

/// `v1 ConfigMap`: configuration as string (`data`) and base64 (`binaryData`) values.
public struct ConfigMap: KubeResource {
    public static let group = ""
    public static let version = "v1"
    public static let kind = "ConfigMap"
    public static let plural = "configmaps"
    public static let namespaced = true
    public static let shortNames = ["cm"]

    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var data: [String: String] { get { self[map: "data"] } set { self[map: "data"] = newValue } }
    public var binaryData: [String: String] { get { self[map: "binaryData"] } set { self[map: "binaryData"] = newValue } }
    public var immutable: Bool? { get { self[field: "immutable"] } set { self[field: "immutable"] = newValue } }
}

/// `v1 Secret`: `data` values are base64; `stringData` is write-only plain text.
public struct Secret: KubeResource {
    public static let group = ""
    public static let version = "v1"
    public static let kind = "Secret"
    public static let plural = "secrets"
    public static let namespaced = true

    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var type: String? { get { self[field: "type"] } set { self[field: "type"] = newValue } }
    public var data: [String: String] { get { self[map: "data"] } set { self[map: "data"] = newValue } }
    public var stringData: [String: String] { get { self[map: "stringData"] } set { self[map: "stringData"] = newValue } }
    public var immutable: Bool? { get { self[field: "immutable"] } set { self[field: "immutable"] = newValue } }
}

/// `v1 ServiceAccount`: an identity for pods.
public struct ServiceAccount: KubeResource {
    public static let group = ""
    public static let version = "v1"
    public static let kind = "ServiceAccount"
    public static let plural = "serviceaccounts"
    public static let namespaced = true
    public static let shortNames = ["sa"]

    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var secrets: [ObjectReference] { get { self[list: "secrets"] } set { self[list: "secrets"] = newValue } }
    public var imagePullSecrets: [LocalObjectReference] { get { self[list: "imagePullSecrets"] } set { self[list: "imagePullSecrets"] = newValue } }
    public var automountServiceAccountToken: Bool? { get { self[field: "automountServiceAccountToken"] } set { self[field: "automountServiceAccountToken"] = newValue } }
}

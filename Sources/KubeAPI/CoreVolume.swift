/// `v1 Volume`: a named volume; exactly one source member is set.
public struct Volume: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var name: String? { get { self[field: "name"] } set { self[field: "name"] = newValue } }
    public var emptyDir: EmptyDirVolumeSource? { get { self[field: "emptyDir"] } set { self[field: "emptyDir"] = newValue } }
    public var configMap: ConfigMapVolumeSource? { get { self[field: "configMap"] } set { self[field: "configMap"] = newValue } }
    public var secret: SecretVolumeSource? { get { self[field: "secret"] } set { self[field: "secret"] = newValue } }
    public var hostPath: HostPathVolumeSource? { get { self[field: "hostPath"] } set { self[field: "hostPath"] = newValue } }
    public var persistentVolumeClaim: PersistentVolumeClaimVolumeSource? { get { self[field: "persistentVolumeClaim"] } set { self[field: "persistentVolumeClaim"] = newValue } }
    public var projected: JSONValue? { get { self[field: "projected"] } set { self[field: "projected"] = newValue } }
    public var downwardAPI: JSONValue? { get { self[field: "downwardAPI"] } set { self[field: "downwardAPI"] = newValue } }
}

/// `v1 EmptyDirVolumeSource`: scratch space that lives as long as the pod.
public struct EmptyDirVolumeSource: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    /// `""` (node disk) or `Memory`.
    public var medium: String? { get { self[field: "medium"] } set { self[field: "medium"] = newValue } }
    public var sizeLimit: Quantity? { get { self[field: "sizeLimit"] } set { self[field: "sizeLimit"] = newValue } }
}

/// `v1 ConfigMapVolumeSource`.
public struct ConfigMapVolumeSource: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var name: String? { get { self[field: "name"] } set { self[field: "name"] = newValue } }
    public var items: [KeyToPath] { get { self[list: "items"] } set { self[list: "items"] = newValue } }
    public var defaultMode: Int? { get { self[field: "defaultMode"] } set { self[field: "defaultMode"] = newValue } }
    public var optional: Bool? { get { self[field: "optional"] } set { self[field: "optional"] = newValue } }
}

/// `v1 SecretVolumeSource`.
public struct SecretVolumeSource: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var secretName: String? { get { self[field: "secretName"] } set { self[field: "secretName"] = newValue } }
    public var items: [KeyToPath] { get { self[list: "items"] } set { self[list: "items"] = newValue } }
    public var defaultMode: Int? { get { self[field: "defaultMode"] } set { self[field: "defaultMode"] = newValue } }
    public var optional: Bool? { get { self[field: "optional"] } set { self[field: "optional"] = newValue } }
}

/// `v1 KeyToPath`: one key projected to a file.
public struct KeyToPath: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var key: String? { get { self[field: "key"] } set { self[field: "key"] = newValue } }
    public var path: String? { get { self[field: "path"] } set { self[field: "path"] = newValue } }
    public var mode: Int? { get { self[field: "mode"] } set { self[field: "mode"] = newValue } }
}

/// `v1 HostPathVolumeSource`.
public struct HostPathVolumeSource: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var path: String? { get { self[field: "path"] } set { self[field: "path"] = newValue } }
    public var type: String? { get { self[field: "type"] } set { self[field: "type"] = newValue } }
}

/// `v1 PersistentVolumeClaimVolumeSource`.
public struct PersistentVolumeClaimVolumeSource: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var claimName: String? { get { self[field: "claimName"] } set { self[field: "claimName"] = newValue } }
    public var readOnly: Bool? { get { self[field: "readOnly"] } set { self[field: "readOnly"] = newValue } }
}

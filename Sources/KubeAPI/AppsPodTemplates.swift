extension Pod {
    /// A pod as the ReplicaSet and DaemonSet controllers create it from `template`
    /// (`GetPodFromTemplate`): the template's labels, annotations and finalizers and its spec;
    /// `generateName` is the owner's name and `-`; `owner` becomes the controller reference.
    /// Other template metadata (name, namespace, owner references) is not copied.
    public init(template: PodTemplateSpec, owner: some KubeObject, namespace: String) {
        self.init()
        metadata.namespace = namespace
        metadata.generateName = (owner.metadata.name ?? "pod") + "-"
        metadata.labels = template.metadata.labels
        metadata.annotations = template.metadata.annotations
        metadata.finalizers = template.metadata.finalizers
        metadata.ownerReferences = [OwnerReference(owner: owner, controller: true, blockOwnerDeletion: true)]
        if let spec = template.json["spec"] { json["spec"] = spec }
    }
}

extension PodTemplateSpec {
    /// A short, stable hash of the template for the `pod-template-hash` label, in the style of
    /// Kubernetes' `ComputeHash`: FNV-1a (32-bit) over the template's canonical JSON (keys sorted,
    /// so key order does not matter) and the collision count, written with the consonant-and-digit
    /// alphabet Kubernetes uses for generated names. The values differ from the real controller's,
    /// which hashes Go structs.
    public func templateHash(collisionCount: Int? = nil) -> String {
        var hash: UInt32 = 2_166_136_261
        func mix(_ bytes: some Sequence<UInt8>) {
            for byte in bytes {
                hash ^= UInt32(byte)
                hash = hash &* 16_777_619
            }
        }
        mix(json.jsonBytes)
        if let collisionCount { mix(String(collisionCount).utf8) }
        let alphabet = Array("bcdfghjklmnpqrstvwxz2456789")
        return String(String(hash).utf8.map { alphabet[Int($0) % alphabet.count] })
    }
}

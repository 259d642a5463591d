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

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

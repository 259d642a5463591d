/// `apiextensions.k8s.io/v1 CustomResourceDefinition`: declares a custom resource the server then serves.
public struct CustomResourceDefinition: KubeResource {
    public static let group = "apiextensions.k8s.io"
    public static let version = "v1"
    public static let kind = "CustomResourceDefinition"
    public static let plural = "customresourcedefinitions"
    public static let namespaced = false
    public static let shortNames = ["crd", "crds"]

    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var spec: CustomResourceDefinitionSpec { get { self[view: "spec"] } set { self[view: "spec"] = newValue } }
    public var status: CustomResourceDefinitionStatus { get { self[view: "status"] } set { self[view: "status"] = newValue } }
}

/// `apiextensions.k8s.io/v1 CustomResourceDefinitionSpec`.
public struct CustomResourceDefinitionSpec: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var group: String? { get { self[field: "group"] } set { self[field: "group"] = newValue } }
    public var names: CustomResourceDefinitionNames { get { self[view: "names"] } set { self[view: "names"] = newValue } }
    /// `Namespaced` or `Cluster`.
    public var scope: String? { get { self[field: "scope"] } set { self[field: "scope"] = newValue } }
    public var versions: [CustomResourceDefinitionVersion] { get { self[list: "versions"] } set { self[list: "versions"] = newValue } }
    public var conversion: JSONValue? { get { self[field: "conversion"] } set { self[field: "conversion"] = newValue } }
    public var preserveUnknownFields: Bool? { get { self[field: "preserveUnknownFields"] } set { self[field: "preserveUnknownFields"] = newValue } }
}

/// `apiextensions.k8s.io/v1 CustomResourceDefinitionNames`.
public struct CustomResourceDefinitionNames: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var plural: String? { get { self[field: "plural"] } set { self[field: "plural"] = newValue } }
    public var singular: String? { get { self[field: "singular"] } set { self[field: "singular"] = newValue } }
    public var kind: String? { get { self[field: "kind"] } set { self[field: "kind"] = newValue } }
    public var listKind: String? { get { self[field: "listKind"] } set { self[field: "listKind"] = newValue } }
    public var shortNames: [String] { get { self[list: "shortNames"] } set { self[list: "shortNames"] = newValue } }
    public var categories: [String] { get { self[list: "categories"] } set { self[list: "categories"] = newValue } }
}

/// `apiextensions.k8s.io/v1 CustomResourceDefinitionVersion`: one served version with its schema.
public struct CustomResourceDefinitionVersion: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var name: String? { get { self[field: "name"] } set { self[field: "name"] = newValue } }
    public var served: Bool? { get { self[field: "served"] } set { self[field: "served"] = newValue } }
    public var storage: Bool? { get { self[field: "storage"] } set { self[field: "storage"] = newValue } }
    public var deprecated: Bool? { get { self[field: "deprecated"] } set { self[field: "deprecated"] = newValue } }
    public var deprecationWarning: String? { get { self[field: "deprecationWarning"] } set { self[field: "deprecationWarning"] = newValue } }
    public var schema: CustomResourceValidation? { get { self[field: "schema"] } set { self[field: "schema"] = newValue } }
    public var subresources: CustomResourceSubresources? { get { self[field: "subresources"] } set { self[field: "subresources"] = newValue } }
    public var additionalPrinterColumns: [CustomResourceColumnDefinition] { get { self[list: "additionalPrinterColumns"] } set { self[list: "additionalPrinterColumns"] = newValue } }
    public var selectableFields: [JSONValue] { get { self[list: "selectableFields"] } set { self[list: "selectableFields"] = newValue } }
}

/// `apiextensions.k8s.io/v1 CustomResourceValidation`: the OpenAPI v3 schema, kept as JSON.
public struct CustomResourceValidation: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var openAPIV3Schema: JSONValue? { get { self[field: "openAPIV3Schema"] } set { self[field: "openAPIV3Schema"] = newValue } }
}

/// `apiextensions.k8s.io/v1 CustomResourceSubresources`: `status` is present (as `{}`) when enabled.
public struct CustomResourceSubresources: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var status: JSONValue? { get { self[field: "status"] } set { self[field: "status"] = newValue } }
    public var scale: CustomResourceSubresourceScale? { get { self[field: "scale"] } set { self[field: "scale"] = newValue } }
}

/// `apiextensions.k8s.io/v1 CustomResourceSubresourceScale`: JSON paths (`.spec.replicas`).
public struct CustomResourceSubresourceScale: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var specReplicasPath: String? { get { self[field: "specReplicasPath"] } set { self[field: "specReplicasPath"] = newValue } }
    public var statusReplicasPath: String? { get { self[field: "statusReplicasPath"] } set { self[field: "statusReplicasPath"] = newValue } }
    public var labelSelectorPath: String? { get { self[field: "labelSelectorPath"] } set { self[field: "labelSelectorPath"] = newValue } }
}

/// `apiextensions.k8s.io/v1 CustomResourceColumnDefinition`: an extra `kubectl get` column.
public struct CustomResourceColumnDefinition: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var name: String? { get { self[field: "name"] } set { self[field: "name"] = newValue } }
    public var type: String? { get { self[field: "type"] } set { self[field: "type"] = newValue } }
    public var format: String? { get { self[field: "format"] } set { self[field: "format"] = newValue } }
    public var description: String? { get { self[field: "description"] } set { self[field: "description"] = newValue } }
    public var priority: Int? { get { self[field: "priority"] } set { self[field: "priority"] = newValue } }
    public var jsonPath: String? { get { self[field: "jsonPath"] } set { self[field: "jsonPath"] = newValue } }
}

/// `apiextensions.k8s.io/v1 CustomResourceDefinitionStatus`: `NamesAccepted`/`Established` conditions.
public struct CustomResourceDefinitionStatus: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var conditions: [Condition] { get { self[list: "conditions"] } set { self[list: "conditions"] = newValue } }
    public var acceptedNames: CustomResourceDefinitionNames { get { self[view: "acceptedNames"] } set { self[view: "acceptedNames"] = newValue } }
    public var storedVersions: [String] { get { self[list: "storedVersions"] } set { self[list: "storedVersions"] = newValue } }
}

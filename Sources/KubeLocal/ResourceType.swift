import KubeAPI
import KubeLocalStore
import KubePatch
import KubeSchema

/// Where a resource's Scale subresource reads and writes replicas, as a CRD's
/// `subresources.scale` declares it (JSON paths such as `.spec.replicas`).
public struct ScalePaths: Sendable, Equatable {
    public var specReplicasPath: String
    public var statusReplicasPath: String
    public var labelSelectorPath: String?

    public init(specReplicasPath: String, statusReplicasPath: String, labelSelectorPath: String?) {
        self.specReplicasPath = specReplicasPath
        self.statusReplicasPath = statusReplicasPath
        self.labelSelectorPath = labelSelectorPath
    }
}

/// A column of a Table response defined by a JSONPath into the object (a CRD's
/// `additionalPrinterColumns`).
public struct PrinterColumn: Sendable, Equatable {
    public var name: String
    public var type: String
    public var format: String
    public var description: String
    public var priority: Int
    public var jsonPath: String
}

/// One servable resource at one group/version: its names, scope, verbs and subresources.
///
/// Built-in resources come from `BuiltInResources`; a CustomResourceDefinition yields one per
/// served version. Objects of all versions of a group/resource share one store key
/// (`storeKey`) and are kept in the storage version.
public struct ResourceType: Sendable {
    public var group: String
    public var version: String
    public var kind: String
    public var plural: String
    public var singular: String
    public var namespaced: Bool
    public var shortNames: [String]
    public var categories: [String]
    public var verbs: [String]
    /// Whether `…/status` is served (writes there change only `.status`).
    public var hasStatus: Bool
    /// Where `…/scale` reads and writes replicas, when served.
    public var scale: ScalePaths?
    /// Extra subresource names listed in discovery only (for example `namespaces/finalize`).
    public var extraSubresources: [String]
    /// Whether `metadata.generation` is maintained (bumped on changes outside metadata and status).
    public var tracksGeneration: Bool
    /// Whether this is a custom resource (no strategic merge patch, schema from the CRD).
    public var isCustom: Bool
    /// The version objects are stored in (for custom resources with several versions).
    public var storageVersion: String
    /// Columns for Table responses of custom resources.
    public var printerColumns: [PrinterColumn]
    /// The structural schema that validates, prunes and defaults custom objects.
    public var schema: StructuralSchema?
    /// Whether `metadata.name` must be a DNS-1123 label rather than a subdomain.
    public var nameIsLabel: Bool
    /// How lists and maps merge in strategic merge patches and server-side apply.
    public var strategies: PatchStrategies?

    public init(
        group: String, version: String, kind: String, plural: String, singular: String? = nil,
        namespaced: Bool, shortNames: [String] = [], categories: [String] = [],
        verbs: [String] = ResourceType.allVerbs, hasStatus: Bool = false, scale: ScalePaths? = nil,
        extraSubresources: [String] = [], tracksGeneration: Bool = false, isCustom: Bool = false,
        storageVersion: String? = nil, printerColumns: [PrinterColumn] = [], schema: StructuralSchema? = nil,
        nameIsLabel: Bool = false, strategies: PatchStrategies? = nil
    ) {
        self.group = group
        self.version = version
        self.kind = kind
        self.plural = plural
        self.singular = singular ?? kind.lowercased()
        self.namespaced = namespaced
        self.shortNames = shortNames
        self.categories = categories
        self.verbs = verbs
        self.hasStatus = hasStatus
        self.scale = scale
        self.extraSubresources = extraSubresources
        self.tracksGeneration = tracksGeneration
        self.isCustom = isCustom
        self.storageVersion = storageVersion ?? version
        self.printerColumns = printerColumns
        self.schema = schema
        self.nameIsLabel = nameIsLabel
        self.strategies = strategies ?? (isCustom ? nil : PatchStrategies.builtIn(group: group, kind: kind))
    }

    public static let allVerbs = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"]

    /// `v1` or `group/version`, as written in `apiVersion`.
    public var apiVersion: String { group.isEmpty ? version : "\(group)/\(version)" }
    /// The kind of a list of these objects.
    public var listKind: String { kind + "List" }
    /// The key under which the store keeps these objects, shared by every served version.
    public var storeKey: ResourceID { ResourceID(group: group, resource: plural) }
    /// `plural` or `plural.group`, as messages name the resource.
    public var qualifiedName: String { APIError.qualified(plural, group: group) }

    /// The subresource names as discovery lists them (`pods/status`).
    public var subresourceNames: [String] {
        var names: [String] = []
        if hasStatus { names.append("status") }
        if scale != nil { names.append("scale") }
        names.append(contentsOf: extraSubresources)
        return names
    }
}

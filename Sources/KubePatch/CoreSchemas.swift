/// Merge shapes of core/v1 Service and Node, and of CustomResourceDefinition.
enum CoreSchemas {
    static let serviceSpec = Schema.object([
        "ports": Schema.keyed(Schema.plain, by: "port", applyKeys: ["port", "protocol"], keyDefaults: ["protocol": "TCP"]),
        "selector": Schema.atomic,
        "clusterIPs": Schema.atomicList(), "externalIPs": Schema.atomicList(),
        "ipFamilies": Schema.atomicList(), "loadBalancerSourceRanges": Schema.atomicList(),
    ])

    static let serviceStatus = Schema.object([
        "conditions": Schema.keyed(Schema.plain, by: "type"),
        "loadBalancer": Schema.object(["ingress": Schema.atomicList()]),
    ])

    /// Taints have no patch strategy: a strategic merge patch replaces the whole list.
    static let nodeSpec = Schema.object([
        "taints": Schema.atomicList(),
        "podCIDRs": Schema.set,
    ])

    static let nodeStatus = Schema.object([
        "conditions": Schema.keyed(Schema.plain, by: "type"),
        "addresses": Schema.keyed(Schema.plain, by: "type"),
        "images": Schema.atomicList(), "volumesInUse": Schema.atomicList(), "volumesAttached": Schema.atomicList(),
    ])

    static let crdSpec = Schema.object([
        "names": Schema.object(["shortNames": Schema.atomicList(), "categories": Schema.atomicList()]),
        "versions": Schema.atomicList(),
    ])

    /// CRD conditions carry no patch strategy (replaced by a strategic merge patch) but are keyed
    /// by type for server-side apply.
    static let crdStatus = Schema.object([
        "conditions": Schema.keyed(Schema.plain, by: "type", patchMerges: false),
        "storedVersions": Schema.atomicList(),
    ])
}

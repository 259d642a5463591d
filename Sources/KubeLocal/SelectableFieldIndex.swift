import KubeAPI
import KubeLocalStore

/// The store's `FieldIndex` for the built-in resources: the selectable fields beyond
/// `metadata.name` and `metadata.namespace` (which come from the object's key), recorded when an
/// object is written so that field selectors on them (a kubelet's `spec.nodeName=…` watch on
/// pods, for instance) never parse stored JSON.
enum SelectableFieldIndex {
    static let index = FieldIndex { resource, object in
        let fields = indexedFields(resource)
        guard !fields.isEmpty else { return [:] }
        var values: [String: String] = [:]
        for field in fields {
            values[field] = FieldSelector.fieldValue(object, storageField: field, plural: resource.resource)
        }
        return values
    }

    /// The stored field paths indexed for objects of `resource`.
    static func indexedFields(_ resource: ResourceID) -> [String] {
        switch (resource.group, resource.resource) {
        case ("", "pods"):
            return ["spec.nodeName", "spec.restartPolicy", "spec.schedulerName", "spec.serviceAccountName",
                    "spec.hostNetwork", "status.phase", "status.podIP", "status.nominatedNodeName"]
        case ("", "events"):
            return ["involvedObject.kind", "involvedObject.namespace", "involvedObject.name", "involvedObject.uid",
                    "involvedObject.apiVersion", "involvedObject.resourceVersion", "involvedObject.fieldPath",
                    "reason", "reportingComponent", "source", "type"]
        case ("", "secrets"): return ["type"]
        case ("", "nodes"): return ["spec.unschedulable"]
        case ("", "namespaces"): return ["status.phase"]
        case ("apps", "replicasets"): return ["status.replicas"]
        case ("", "services"): return ["spec.clusterIP", "spec.type"]
        default: return []
        }
    }
}

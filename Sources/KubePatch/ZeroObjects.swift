import KubeAPI

/// What a newly created object is compared against when recording its creator's fields: the
/// serialized zero value of its Go type (fields without `omitempty` are present even when
/// empty, so they are not "added"), or just apiVersion and kind for custom resources.
enum ZeroObjects {
    static func zero(like object: JSONValue, builtIn: Bool) -> JSONValue {
        var zero: JSONValue = [:]
        zero["apiVersion"] = object["apiVersion"]
        zero["kind"] = object["kind"]
        guard builtIn, let kind = object["kind"]?.stringValue else { return zero }
        zero["metadata"] = ["creationTimestamp": nil]
        let podTemplate: JSONValue = ["metadata": ["creationTimestamp": nil], "spec": ["containers": nil]]
        switch kind {
        case "Pod":
            zero["spec"] = ["containers": nil]
            zero["status"] = [:]
        case "Deployment":
            zero["spec"] = ["selector": nil, "template": podTemplate, "strategy": [:]]
            zero["status"] = [:]
        case "ReplicaSet", "ReplicationController":
            zero["spec"] = ["selector": nil, "template": podTemplate]
            zero["status"] = ["replicas": 0]
        case "DaemonSet":
            zero["spec"] = ["selector": nil, "template": podTemplate, "updateStrategy": [:]]
            zero["status"] = ["currentNumberScheduled": 0, "numberMisscheduled": 0, "desiredNumberScheduled": 0, "numberReady": 0]
        case "StatefulSet":
            zero["spec"] = ["selector": nil, "template": podTemplate, "updateStrategy": [:]]
            zero["status"] = ["replicas": 0, "availableReplicas": 0]
        case "Job":
            zero["spec"] = ["template": podTemplate]
            zero["status"] = [:]
        case "CronJob":
            zero["spec"] = ["schedule": "", "jobTemplate": ["metadata": ["creationTimestamp": nil], "spec": ["template": podTemplate]]]
            zero["status"] = [:]
        case "Service":
            zero["spec"] = [:]
            zero["status"] = ["loadBalancer": [:]]
        case "Namespace", "Node", "PersistentVolumeClaim":
            zero["spec"] = [:]
            zero["status"] = [:]
        case "CustomResourceDefinition":
            zero["spec"] = ["group": "", "names": ["plural": "", "kind": ""], "scope": "", "versions": nil]
            zero["status"] = ["acceptedNames": ["plural": "", "kind": ""], "storedVersions": nil]
        default:
            break
        }
        return zero
    }
}

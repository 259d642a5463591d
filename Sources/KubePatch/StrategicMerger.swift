import KubeAPI

/// The recursive strategic merge of one patch into one document.
struct StrategicMerger {
    mutating func merge(patch: JSONValue, into document: JSONValue, schema: SchemaNode, path: String) throws(PatchError) -> JSONValue {
        MergePatch.apply(patch, to: document)
    }
}

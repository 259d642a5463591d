import KubeAPI

/// Records non-apply writes in managedFields.
enum UpdateRecorder {
    static func record(old: JSONValue?, new: JSONValue, manager: String, subresource: String?, time: String, apiVersion: String) -> JSONValue {
        new
    }
}

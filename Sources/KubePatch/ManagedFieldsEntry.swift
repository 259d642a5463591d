import KubeAPI

/// One `metadata.managedFields` entry: which fields one manager owns, from which kind of write.
struct ManagedFieldsEntry: Sendable, Equatable {
    var manager: String
    /// "Apply" or "Update".
    var operation: String
    var apiVersion: String
    var time: String?
    var subresource: String?
    var fields: FieldSet

    static let apply = "Apply"
    static let update = "Update"

    /// What makes two entries the same manager, as kube-apiserver's `BuildManagerIdentifier`:
    /// appliers are one manager whatever API version they used; updaters are one per version.
    struct Identity: Hashable, Sendable {
        var manager: String
        var operation: String
        var apiVersion: String
        var subresource: String
    }

    var identity: Identity {
        Identity(manager: manager, operation: operation,
                 apiVersion: operation == Self.apply ? "" : apiVersion, subresource: subresource ?? "")
    }

    var isApply: Bool { operation == Self.apply }

    /// The entry as the API server writes it.
    var json: JSONValue {
        var out: [String: JSONValue] = [
            "manager": .string(manager), "operation": .string(operation), "apiVersion": .string(apiVersion),
            "fieldsType": "FieldsV1", "fieldsV1": FieldsV1.encode(fields),
        ]
        if let time { out["time"] = .string(time) }
        if let subresource, !subresource.isEmpty { out["subresource"] = .string(subresource) }
        return .object(out)
    }

    /// Decodes one entry; nil when it is malformed (the server then forgets all managedFields).
    init?(json: JSONValue) {
        guard case .object(let m) = json,
              let operation = m["operation"]?.stringValue, operation == Self.apply || operation == Self.update,
              m["fieldsType"]?.stringValue ?? "FieldsV1" == "FieldsV1" else { return nil }
        self.manager = m["manager"]?.stringValue ?? ""
        self.operation = operation
        self.apiVersion = m["apiVersion"]?.stringValue ?? ""
        self.time = m["time"]?.stringValue
        self.subresource = m["subresource"]?.stringValue
        guard let fieldsV1 = m["fieldsV1"] else {
            self.fields = FieldSet()
            return
        }
        guard let set = try? FieldsV1.decode(fieldsV1) else { return nil }
        self.fields = set
    }

    init(manager: String, operation: String, apiVersion: String, time: String?, subresource: String?, fields: FieldSet) {
        self.manager = manager
        self.operation = operation
        self.apiVersion = apiVersion
        self.time = time
        self.subresource = subresource
        self.fields = fields
    }
}

/// Reading and writing the managedFields list of an object.
enum ManagedFieldsList {
    /// The entries of `object`; an undecodable list yields no entries, as on the real server.
    static func decode(_ object: JSONValue?) -> [ManagedFieldsEntry] {
        guard case .array(let items)? = object?[path: ["metadata", "managedFields"]] else { return [] }
        var entries: [ManagedFieldsEntry] = []
        for item in items {
            guard let entry = ManagedFieldsEntry(json: item) else { return [] }
            entries.append(entry)
        }
        return entries
    }

    /// Whether a written object asks for its managedFields to be cleared (`managedFields: [{}]`).
    static func isReset(_ object: JSONValue) -> Bool {
        guard case .array(let items)? = object[path: ["metadata", "managedFields"]] else { return false }
        return items.count == 1 && items[0] == .emptyObject
    }

    /// The object with its managedFields removed.
    static func stripped(_ object: JSONValue) -> JSONValue {
        var copy = object
        if copy[path: ["metadata", "managedFields"]] != nil { copy[path: ["metadata", "managedFields"]] = nil }
        return copy
    }

    /// `object` with `entries` written as its managedFields, sorted as the server sorts them
    /// (operation, time, manager, API version, subresource); no entries removes the field.
    static func write(_ entries: [ManagedFieldsEntry], into object: JSONValue) -> JSONValue {
        var copy = stripped(object)
        let kept = entries.filter { !$0.fields.isEmpty }
        guard !kept.isEmpty else { return copy }
        let sorted = kept.sorted { a, b in
            if a.operation != b.operation { return a.operation < b.operation }
            if (a.time ?? "") != (b.time ?? "") { return (a.time ?? "") < (b.time ?? "") }
            if a.manager != b.manager { return a.manager < b.manager }
            if a.apiVersion != b.apiVersion { return a.apiVersion < b.apiVersion }
            return (a.subresource ?? "") < (b.subresource ?? "")
        }
        copy[path: ["metadata", "managedFields"]] = .array(sorted.map(\.json))
        return copy
    }

    /// Fields no manager is recorded as owning (kube-apiserver's strip-meta set).
    static let unowned: FieldSet = {
        var set = FieldSet()
        set.insert([.field("apiVersion")])
        set.insert([.field("kind")])
        set.insert([.field("metadata")])
        for name in ["name", "namespace", "creationTimestamp", "selfLink", "uid", "clusterName", "generation",
                     "managedFields", "resourceVersion"] {
            set.insert([.field("metadata"), .field(name)])
        }
        return set
    }()
}

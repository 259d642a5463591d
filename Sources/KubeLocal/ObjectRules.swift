import Foundation
import KubeAPI
import KubeLocalStore
import KubePatch

/// The server's rules for object metadata and status on writes: names (generateName, DNS-1123
/// validation), uid, creationTimestamp, generation, immutable metadata, the status/main endpoint
/// split, kind defaults, custom-resource schemas, and managedFields bookkeeping.
struct ObjectRules: Sendable {
    let clock: WallClock
    let ids: IdentityGenerator
    /// `fieldValidation=Strict`: fields a schema would prune are an error instead.
    var strictFields = false

    var nowSeconds: Int64 { Int64(clock().timeIntervalSince1970.rounded(.down)) }
    var timestamp: String { TimeText.format(seconds: nowSeconds) }

    /// Checks `apiVersion`/`kind` of a body against the resource (filling them when absent) and
    /// that it is an object.
    func checkTypeMeta(_ body: JSONValue, type: ResourceType) throws(APIError) -> JSONValue {
        guard body.objectValue != nil else {
            throw APIError.badRequest("the body of the request must be a JSON object, found \(body.typeName)")
        }
        var o = body
        if let kind = o["kind"]?.stringValue, !kind.isEmpty, kind != type.kind {
            throw APIError.badRequest(
                "the kind in the data (\(kind)) does not match the expected kind (\(type.kind)) for \(type.qualifiedName)")
        }
        if let apiVersion = o["apiVersion"]?.stringValue, !apiVersion.isEmpty, apiVersion != type.apiVersion {
            throw APIError.badRequest(
                "the API version in the data (\(apiVersion)) does not match the expected API version (\(type.apiVersion))")
        }
        o["kind"] = .string(type.kind)
        o["apiVersion"] = .string(type.apiVersion)
        if o["metadata"] == nil || o["metadata"] == .null { o["metadata"] = .emptyObject }
        guard o["metadata"]?.objectValue != nil else {
            throw APIError.badRequest("metadata must be an object, found \(o["metadata"]?.typeName ?? "null")")
        }
        return o
    }

    /// Checks the body's namespace against the request's and sets it (namespaced kinds) or
    /// removes it (cluster-scoped kinds).
    func placeInNamespace(_ object: inout JSONValue, type: ResourceType, namespace: String?) throws(APIError) {
        let given = object["metadata"]?["namespace"]?.stringValue ?? ""
        if type.namespaced {
            if !given.isEmpty, let namespace, given != namespace {
                throw APIError.badRequest(
                    "the namespace of the provided object does not match the namespace sent on the request")
            }
            object[path: ["metadata", "namespace"]] = namespace.map(JSONValue.string)
        } else {
            object[path: ["metadata", "namespace"]] = nil
        }
    }

    /// A new object ready to store: named, validated, stamped, defaulted, status reset, schema
    /// applied (custom resources) and managedFields recorded for `manager` (kept as given when
    /// `manager` is nil: server-side apply computed them).
    func prepareCreate(_ body: JSONValue, type: ResourceType, namespace: String?, manager: String?) throws(APIError) -> JSONValue {
        let timestamp = self.timestamp
        var o = try checkTypeMeta(body, type: type)
        try placeInNamespace(&o, type: type, namespace: namespace)
        var name = o["metadata"]?["name"]?.stringValue ?? ""
        if name.isEmpty, let prefix = o["metadata"]?["generateName"]?.stringValue, !prefix.isEmpty {
            name = String(prefix.prefix(58)) + ids.nameSuffix()
            o[path: ["metadata", "name"]] = .string(name)
        }
        if name.isEmpty {
            throw APIError.invalid(
                kind: type.kind, group: type.group, name: "",
                causes: [StatusCause(reason: "FieldValueRequired", message: "Required value: name or generateName is required", field: "metadata.name")])
        }
        try validateMetadata(o, type: type, name: name)
        for key in ["resourceVersion", "uid", "selfLink", "deletionTimestamp", "deletionGracePeriodSeconds", "generation"] {
            o[path: ["metadata", key]] = nil
        }
        o[path: ["metadata", "uid"]] = .string(ids.uid())
        o[path: ["metadata", "creationTimestamp"]] = .string(timestamp)
        if type.tracksGeneration || type.isCustom { o[path: ["metadata", "generation"]] = 1 }
        o["status"] = BuiltInDefaults.initialStatus(o, type: type)
        if !type.isCustom, type.group.isEmpty, type.plural == "namespaces" { o = NamespaceController.prepareForCreate(o) }
        o = try applySchema(o, type: type)
        if !type.isCustom { o = BuiltInDefaults.apply(o, group: type.group, plural: type.plural) }
        guard let manager else { return o }
        o[path: ["metadata", "managedFields"]] = nil
        return ServerSideApply.recordUpdate(old: nil, new: o, manager: manager, subresource: nil, time: timestamp, apiVersion: type.apiVersion)
    }

    /// Defaults, prunes and validates a custom resource against its version's schema.
    func applySchema(_ object: JSONValue, type: ResourceType) throws(APIError) -> JSONValue {
        guard let schema = type.schema else { return object }
        let (o, errors) = schema.admit(object)
        if strictFields {
            let unknown = schema.unknownFields(object)
            if !unknown.isEmpty {
                throw APIError.badRequest(
                    "\(type.kind) in version \"\(type.version)\" cannot be handled as a \(type.kind): strict decoding error: "
                        + unknown.map { "unknown field \"\($0)\"" }.joined(separator: ", "))
            }
        }
        if !errors.isEmpty {
            throw APIError.invalid(
                kind: type.kind, group: type.group, name: o["metadata"]?["name"]?.stringValue ?? "",
                causes: errors.map { StatusCause(reason: $0.reason, message: $0.message, field: $0.field) })
        }
        return o
    }

    /// Validates the name and labels of an object.
    func validateMetadata(_ object: JSONValue, type: ResourceType, name: String) throws(APIError) {
        var causes = NameValidation.nameCauses(name, asLabel: type.nameIsLabel)
        if let labels = object["metadata"]?["labels"] {
            if let map = labels.objectValue {
                causes += NameValidation.labelCauses(map)
            } else if !labels.isNull {
                causes.append(StatusCause(reason: "FieldValueTypeInvalid", message: "Invalid value: must be an object", field: "metadata.labels"))
            }
        }
        if !causes.isEmpty { throw APIError.invalid(kind: type.kind, group: type.group, name: name, causes: causes) }
    }

    /// The object an update writes: `new` with the server-owned metadata of `old`, the status
    /// (main endpoint) or everything but the status (status endpoint) of `old`, generation bumped
    /// when anything outside metadata and status changed, managedFields recorded for `manager`
    /// (kept as given when `manager` is nil).
    func prepareUpdate(new body: JSONValue, old: JSONValue, type: ResourceType, subresource: String?, manager: String?) throws(APIError) -> JSONValue {
        var o = body
        if subresource == "status" {
            var merged = old
            merged["status"] = body["status"]
            merged[path: ["metadata", "resourceVersion"]] = body["metadata"]?["resourceVersion"]
            merged[path: ["metadata", "managedFields"]] = body["metadata"]?["managedFields"] ?? old["metadata"]?["managedFields"]
            o = merged
        } else {
            for key in ["uid", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "generation", "namespace", "selfLink"] {
                o[path: ["metadata", key]] = old["metadata"]?[key]
            }
            if o["metadata"]?["managedFields"] == nil {
                o[path: ["metadata", "managedFields"]] = old["metadata"]?["managedFields"]
            }
            if type.hasStatus { o["status"] = old["status"] }
            if !type.isCustom { o = BuiltInDefaults.apply(o, group: type.group, plural: type.plural) }
            try validateMetadata(o, type: type, name: o["metadata"]?["name"]?.stringValue ?? "")
        }
        o = try applySchema(o, type: type)
        if (type.tracksGeneration || type.isCustom), Self.specChanged(old: old, new: o, statusIsSeparate: type.hasStatus) {
            o[path: ["metadata", "generation"]] = .int((old["metadata"]?["generation"]?.intValue ?? 0) + 1)
        }
        guard let manager else { return o }
        return ServerSideApply.recordUpdate(
            old: old, new: o, manager: manager, subresource: subresource, time: timestamp, apiVersion: type.apiVersion)
    }

    /// Whether anything but metadata (and status, when it has its own endpoint) differs.
    static func specChanged(old: JSONValue, new: JSONValue, statusIsSeparate: Bool) -> Bool {
        var a = old
        var b = new
        a["metadata"] = nil
        b["metadata"] = nil
        if statusIsSeparate {
            a["status"] = nil
            b["status"] = nil
        }
        return a != b
    }
}

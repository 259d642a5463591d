import Foundation
import KubeAPI
import KubeLocalStore
import KubePatch
import KubeSchema

/// Serves the resources of CustomResourceDefinitions: validates a CRD (names, scope, versions,
/// structural schemas) before it is stored, registers its resources and marks it `NamesAccepted`
/// and `Established` once stored, re-registers it when it changes, and on deletion stops serving
/// it and deletes its objects.
struct CRDManager: Sendable {
    let registry: ResourceRegistry
    let store: ObjectStore
    let clock: WallClock

    static let crdResource = ResourceID(group: "apiextensions.k8s.io", resource: "customresourcedefinitions")

    private func invalid(_ name: String, _ causes: [StatusCause]) -> APIError {
        APIError.invalid(kind: "CustomResourceDefinition", group: "apiextensions.k8s.io", name: name, causes: causes)
    }

    /// The CRD with defaults, or 422 Invalid naming every offending field.
    func validate(_ crd: JSONValue) throws(APIError) -> JSONValue {
        var o = crd
        let name = o["metadata"]?["name"]?.stringValue ?? ""
        _ = try resourceTypes(o)
        if o[path: ["spec", "conversion"]] == nil { o[path: ["spec", "conversion"]] = ["strategy": "None"] }
        if let names = o[path: ["spec", "names"]], names["singular"] == nil {
            o[path: ["spec", "names", "singular"]] = .string((names["kind"]?.stringValue ?? "").lowercased())
        }
        if o[path: ["spec", "names", "listKind"]] == nil, let kind = o[path: ["spec", "names", "kind"]]?.stringValue {
            o[path: ["spec", "names", "listKind"]] = .string(kind + "List")
        }
        _ = name
        return o
    }

    /// The resource types a CRD defines, one per served version; 422 when the CRD is invalid.
    func resourceTypes(_ crd: JSONValue) throws(APIError) -> [ResourceType] {
        let name = crd["metadata"]?["name"]?.stringValue ?? ""
        let spec = crd["spec"] ?? .null
        let group = spec["group"]?.stringValue ?? ""
        let names = spec["names"] ?? .null
        let plural = names["plural"]?.stringValue ?? ""
        let kind = names["kind"]?.stringValue ?? ""
        let scope = spec["scope"]?.stringValue ?? ""
        var causes: [StatusCause] = []
        func require(_ ok: Bool, _ field: String, _ message: String, reason: String = "FieldValueRequired") {
            if !ok { causes.append(StatusCause(reason: reason, message: message, field: field)) }
        }
        require(!group.isEmpty, "spec.group", "Required value")
        require(!plural.isEmpty, "spec.names.plural", "Required value")
        require(!kind.isEmpty, "spec.names.kind", "Required value")
        require(scope == "Namespaced" || scope == "Cluster", "spec.scope",
                "Unsupported value: \"\(scope)\": supported values: \"Cluster\", \"Namespaced\"", reason: "FieldValueNotSupported")
        if !group.isEmpty, !plural.isEmpty, name != "\(plural).\(group)" {
            causes.append(StatusCause(
                reason: "FieldValueInvalid",
                message: "Invalid value: \"\(name)\": must be spec.names.plural+\".\"+spec.group", field: "metadata.name"))
        }
        let versions = spec["versions"]?.arrayValue ?? []
        require(!versions.isEmpty, "spec.versions", "Invalid value: null: must have exactly one version marked as storage version", reason: "FieldValueInvalid")
        let storage = versions.filter { $0["storage"]?.boolValue == true }
        if !versions.isEmpty, storage.count != 1 {
            causes.append(StatusCause(
                reason: "FieldValueInvalid",
                message: "Invalid value: \(versions.count): must have exactly one version marked as storage version",
                field: "spec.versions"))
        }
        let storageVersion = storage.first?["name"]?.stringValue ?? ""
        var types: [ResourceType] = []
        for (i, v) in versions.enumerated() {
            let versionName = v["name"]?.stringValue ?? ""
            require(!versionName.isEmpty, "spec.versions[\(i)].name", "Required value")
            let schemaJSON = v["schema"]?["openAPIV3Schema"]
            guard let schemaJSON else {
                causes.append(StatusCause(
                    reason: "FieldValueRequired", message: "Required value: schemas are required",
                    field: "spec.versions[\(i)].schema.openAPIV3Schema"))
                continue
            }
            let schema: StructuralSchema
            do {
                schema = try StructuralSchema(openAPIV3Schema: schemaJSON)
            } catch {
                causes.append(StatusCause(
                    reason: "FieldValueInvalid", message: "Invalid value: \(error.message)",
                    field: "spec.versions[\(i)].schema.openAPIV3Schema"))
                continue
            }
            guard v["served"]?.boolValue == true else { continue }
            let sub = v["subresources"]
            let scale = sub?["scale"].map {
                ScalePaths(
                    specReplicasPath: $0["specReplicasPath"]?.stringValue ?? ".spec.replicas",
                    statusReplicasPath: $0["statusReplicasPath"]?.stringValue ?? ".status.replicas",
                    labelSelectorPath: $0["labelSelectorPath"]?.stringValue)
            }
            let columns = (v["additionalPrinterColumns"]?.arrayValue ?? []).map {
                PrinterColumn(
                    name: $0["name"]?.stringValue ?? "", type: $0["type"]?.stringValue ?? "string",
                    format: $0["format"]?.stringValue ?? "", description: $0["description"]?.stringValue ?? "",
                    priority: Int($0["priority"]?.intValue ?? 0), jsonPath: $0["jsonPath"]?.stringValue ?? "")
            }
            for (c, column) in columns.enumerated() {
                do {
                    _ = try SimpleJSONPath(column.jsonPath)
                } catch {
                    causes.append(StatusCause(
                        reason: "FieldValueInvalid", message: "Invalid value: \"\(column.jsonPath)\": must be a simple json path",
                        field: "spec.versions[\(i)].additionalPrinterColumns[\(c)].jsonPath"))
                }
            }
            types.append(ResourceType(
                group: group, version: versionName, kind: kind, plural: plural,
                singular: names["singular"]?.stringValue ?? kind.lowercased(), namespaced: scope == "Namespaced",
                shortNames: (names["shortNames"]?.arrayValue ?? []).compactMap(\.stringValue),
                categories: (names["categories"]?.arrayValue ?? []).compactMap(\.stringValue),
                hasStatus: sub?["status"] != nil, scale: scale, tracksGeneration: true, isCustom: true,
                storageVersion: storageVersion, printerColumns: columns, schema: schema,
                strategies: PatchStrategies(openAPIV3Schema: schemaJSON)))
        }
        if !causes.isEmpty { throw invalid(name, causes) }
        return types
    }

    /// Registers a stored CRD's resources and records `NamesAccepted`/`Established` in its status;
    /// returns the CRD as stored after that, or nil when it could not be established.
    @discardableResult
    func established(_ stored: StoredObject) -> StoredObject? {
        let crd = stored.object
        guard let name = crd["metadata"]?["name"]?.stringValue, let types = try? resourceTypes(crd) else { return nil }
        if crd["metadata"]?["deletionTimestamp"] == nil {
            registry.setCustom(crdName: name, types: types)
        }
        let now = TimeText.format(seconds: Int64(clock().timeIntervalSince1970.rounded(.down)))
        let names = crd["spec"]?["names"] ?? .emptyObject
        return try? store.update(Self.crdResource, ObjectKey(name: name)) { current in
            var o = current.object
            var status = o["status"] ?? .emptyObject
            status["acceptedNames"] = names
            let existing = status["conditions"]?.arrayValue ?? []
            func condition(_ type: String, _ reason: String, _ message: String) -> JSONValue {
                if let old = existing.first(where: { $0["type"]?.stringValue == type }), old["status"] == "True" {
                    return old
                }
                return ["type": .string(type), "status": "True", "reason": .string(reason), "message": .string(message),
                        "lastTransitionTime": .string(now)]
            }
            status["conditions"] = [
                condition("NamesAccepted", "NoConflicts", "no conflicts found"),
                condition("Established", "InitialNamesAccepted", "the initial names have been accepted"),
            ]
            let storage = (crd["spec"]?["versions"]?.arrayValue ?? []).first { $0["storage"]?.boolValue == true }?["name"]
            var stored = status["storedVersions"]?.arrayValue ?? []
            if let storage, !stored.contains(storage) { stored.append(storage) }
            status["storedVersions"] = .array(stored)
            o["status"] = status
            return o
        }
    }

    /// Stops serving a CRD's resources and deletes every object of them.
    func removeResources(crdName: String) throws(APIError) {
        guard let crd = store.get(Self.crdResource, ObjectKey(name: crdName)) else { return }
        registry.removeCustom(crdName: crdName)
        let group = crd.object["spec"]?["group"]?.stringValue ?? ""
        let plural = crd.object["spec"]?["names"]?["plural"]?.stringValue ?? ""
        let resource = ResourceID(group: group, resource: plural)
        guard let all = try? store.list(resource, namespace: nil, limit: nil, continueToken: nil, where: { _ in true }) else { return }
        for item in all.items {
            let key = ObjectKey(
                namespace: item.object["metadata"]?["namespace"]?.stringValue ?? "",
                name: item.object["metadata"]?["name"]?.stringValue ?? "")
            _ = try? store.delete(resource, key) { _ in }
        }
    }

    /// Registers every stored CRD (after a restart with a data directory).
    func registerStored() {
        guard let all = try? store.list(Self.crdResource, namespace: nil, limit: nil, continueToken: nil, where: { _ in true }) else {
            return
        }
        for crd in all.items { established(crd) }
    }
}

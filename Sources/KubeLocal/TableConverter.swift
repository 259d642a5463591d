import KubeAPI

/// Converts objects into a `meta.k8s.io/v1 Table` for `Accept: application/json;as=Table;…`:
/// built-in kinds get kubectl's column sets, custom resources their CRD's
/// `additionalPrinterColumns` (or Name + Age), everything else Name + Created At.
struct TableConverter: Sendable {
    enum IncludeObject: String, Sendable {
        case none = "None", metadata = "Metadata", object = "Object"
    }

    let columns: [TableColumn]
    let row: RowBuilder
    let include: IncludeObject

    init(type: ResourceType, include: IncludeObject) throws(APIError) {
        self.include = include
        if type.isCustom {
            var cols: [TableColumn] = [.name]
            var paths: [(SimpleJSONPath, String)] = []
            let printer = type.printerColumns.isEmpty
                ? [PrinterColumn(name: "Age", type: "date", format: "", description: TableColumn.age.description,
                                 priority: 0, jsonPath: ".metadata.creationTimestamp")]
                : type.printerColumns
            for c in printer {
                cols.append(TableColumn(name: c.name, type: c.type, format: c.format, description: c.description, priority: c.priority))
                paths.append((try SimpleJSONPath(c.jsonPath), c.type))
            }
            columns = cols
            let columnPaths = paths
            row = { o, now in
                var cells: [JSONValue] = [BuiltInTableColumns.name(o)]
                for (path, kind) in columnPaths {
                    guard let value = path.evaluate(o).first else {
                        cells.append(.null)
                        continue
                    }
                    if kind == "date", let s = value.stringValue, let t = TimeText.parse(s) {
                        cells.append(.string(TimeText.humanDuration(seconds: now - t)))
                    } else if kind == "string", value.objectValue != nil || value.arrayValue != nil {
                        cells.append(.string(value.jsonString))
                    } else {
                        cells.append(value)
                    }
                }
                return cells
            }
        } else if let (cols, builder) = BuiltInTableColumns.columns(group: type.group, plural: type.plural) {
            columns = cols
            row = builder
        } else {
            columns = [
                .name,
                TableColumn(
                    name: "Created At", type: "date",
                    description: "CreationTimestamp is a timestamp representing the server time when this object was created. It is not guaranteed to be set in happens-before order across separate operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC.\n\nPopulated by the system. Read-only. Null for lists. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"
                ),
            ]
            row = { o, _ in [BuiltInTableColumns.name(o), o["metadata"]?["creationTimestamp"] ?? .null] }
        }
    }

    /// One row for an object.
    func row(_ object: JSONValue, now: Int64) -> JSONValue {
        var r: JSONValue = ["cells": .array(row(object, now))]
        switch include {
        case .none: break
        case .metadata:
            r["object"] = [
                "kind": "PartialObjectMetadata", "apiVersion": "meta.k8s.io/v1",
                "metadata": object["metadata"] ?? .emptyObject,
            ]
        case .object: r["object"] = object
        }
        return r
    }

    /// A Table of `objects`; `withHeaders` false leaves the column definitions empty (watch events
    /// after the first).
    func table(_ objects: [JSONValue], now: Int64, listMeta: JSONValue = .emptyObject, withHeaders: Bool = true) -> JSONValue {
        [
            "kind": "Table", "apiVersion": "meta.k8s.io/v1", "metadata": listMeta,
            "columnDefinitions": .array(withHeaders ? columns.map(\.json) : []),
            "rows": .array(objects.map { row($0, now: now) }),
        ]
    }
}

/// `meta.k8s.io/v1 Table`: the server-side printing kubectl asks for with `Accept: …;as=Table`.
public struct Table: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    /// A table with `kind`/`apiVersion` set.
    public init(columns: [TableColumnDefinition], rows: [TableRow]) {
        self.init(json: ["kind": "Table", "apiVersion": "meta.k8s.io/v1", "metadata": .emptyObject])
        columnDefinitions = columns
        json["rows"] = .array(rows.map(\.json))
    }

    public var metadata: ListMeta { get { self[view: "metadata"] } set { self[view: "metadata"] = newValue } }
    public var columnDefinitions: [TableColumnDefinition] { get { self[list: "columnDefinitions"] } set { json["columnDefinitions"] = newValue.jsonValue } }
    public var rows: [TableRow] { get { self[list: "rows"] } set { self[list: "rows"] = newValue } }
}

/// `metav1.TableColumnDefinition`.
public struct TableColumnDefinition: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    /// A column; `type` is an OpenAPI type (`string`, `integer`, `date`…), `priority` 0 is shown by default.
    public init(name: String, type: String, format: String = "", description: String = "", priority: Int = 0) {
        self.init(json: ["name": .string(name), "type": .string(type), "format": .string(format),
            "description": .string(description), "priority": .int(Int64(priority))])
    }

    public var name: String? { get { self[field: "name"] } set { self[field: "name"] = newValue } }
    public var type: String? { get { self[field: "type"] } set { self[field: "type"] = newValue } }
    public var format: String? { get { self[field: "format"] } set { self[field: "format"] = newValue } }
    public var description: String? { get { self[field: "description"] } set { self[field: "description"] = newValue } }
    public var priority: Int? { get { self[field: "priority"] } set { self[field: "priority"] = newValue } }
}

/// `metav1.TableRow`: the cells for one object, and the object itself (full or `PartialObjectMetadata`).
public struct TableRow: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public init(cells: [JSONValue], object: JSONValue?) {
        self.init(json: ["cells": .array(cells)])
        self.object = object
    }

    public var cells: [JSONValue] { get { self[list: "cells"] } set { json["cells"] = .array(newValue) } }
    public var object: JSONValue? { get { self[field: "object"] } set { self[field: "object"] = newValue } }
    public var conditions: [JSONValue] { get { self[list: "conditions"] } set { self[list: "conditions"] = newValue } }
}

import Foundation
import KubeAPI
import Subsetting

/// A subsetting input or output file that could not be used; the message names the file, the
/// offending field and what was wrong with it.
struct SubsettingFileError: Error, CustomStringConvertible {
    var file: String
    var problem: String
    var description: String { "\(file): \(problem)" }
}

/// Reads and writes the `thaw subsetting` file formats:
/// - activators: `[{"id", "ip", "node", "zone"?, "ready"?}]` (zone may be null or absent,
///   ready defaults to true);
/// - revisions: `[{"key", "size", "load"?}]` (load defaults to 1);
/// - assignments (previous and output): `{"assignments": {"ns/rev": ["act-1", …]}}`.
/// Unknown fields are rejected so that typos do not pass silently.
enum SubsettingFiles {
    static func readActivators(_ path: String) throws -> [Activator] {
        let document = try parse(path)
        guard let items = document.arrayValue else { throw SubsettingFileError(file: path, problem: "expected a JSON array of activators, got \(document.typeName)") }
        return try items.enumerated().map { index, item in
            let field = Fields(file: path, at: "[\(index)]", item)
            try field.only(["id", "ip", "node", "zone", "ready"])
            return Activator(
                id: try field.string("id"), ip: try field.string("ip"), node: try field.string("node"),
                zone: try field.optionalString("zone"), ready: try field.optionalBool("ready") ?? true)
        }
    }

    static func readRevisions(_ path: String) throws -> [RevisionDemand] {
        let document = try parse(path)
        guard let items = document.arrayValue else { throw SubsettingFileError(file: path, problem: "expected a JSON array of revisions, got \(document.typeName)") }
        return try items.enumerated().map { index, item in
            let field = Fields(file: path, at: "[\(index)]", item)
            try field.only(["key", "size", "load"])
            return RevisionDemand(key: try field.string("key"), size: try field.int("size"), load: try field.optionalNumber("load") ?? 1)
        }
    }

    static func readAssignments(_ path: String) throws -> [String: [String]] {
        let document = try parse(path)
        let top = Fields(file: path, at: "", document)
        try top.only(["assignments"])
        guard let map = document["assignments"]?.objectValue else {
            throw SubsettingFileError(file: path, problem: "assignments: expected an object of revision key to activator ids")
        }
        var result: [String: [String]] = [:]
        for (key, value) in map {
            guard let ids = value.arrayValue else {
                throw SubsettingFileError(file: path, problem: "assignments[\"\(key)\"]: expected an array of activator ids, got \(value.typeName)")
            }
            result[key] = try ids.enumerated().map { index, id in
                guard let text = id.stringValue else {
                    throw SubsettingFileError(file: path, problem: "assignments[\"\(key)\"][\(index)]: expected a string, got \(id.typeName)")
                }
                return text
            }
        }
        return result
    }

    static func render(_ output: SubsettingOutput) -> String {
        let map = output.assignments.mapValues { JSONValue.array($0.map(JSONValue.string)) }
        return JSONValue.object(["assignments": .object(map)]).prettyJSONString()
    }

    private static func parse(_ path: String) throws -> JSONValue {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw SubsettingFileError(file: path, problem: "cannot read the file (\(error.localizedDescription))")
        }
        do {
            return try JSONValue.parse(data)
        } catch {
            throw SubsettingFileError(file: path, problem: error.description)
        }
    }
}

/// Typed access to one JSON object's fields, with errors naming file and field path.
private struct Fields {
    var file: String
    var at: String
    var value: JSONValue

    init(file: String, at: String, _ value: JSONValue) {
        self.file = file
        self.at = at
        self.value = value
    }

    private func fail(_ key: String, _ problem: String) -> SubsettingFileError {
        SubsettingFileError(file: file, problem: "\(at)\(at.isEmpty ? "" : ".")\(key): \(problem)")
    }

    func only(_ keys: Set<String>) throws {
        guard let object = value.objectValue else {
            throw SubsettingFileError(file: file, problem: "\(at.isEmpty ? "document" : at): expected an object, got \(value.typeName)")
        }
        if let unknown = object.keys.sorted().first(where: { !keys.contains($0) }) {
            throw fail(unknown, "unknown field (expected one of \(keys.sorted().joined(separator: ", ")))")
        }
    }

    func string(_ key: String) throws -> String {
        guard let field = value[key] else { throw fail(key, "missing") }
        guard let text = field.stringValue else { throw fail(key, "expected a string, got \(field.typeName)") }
        return text
    }

    func optionalString(_ key: String) throws -> String? {
        guard let field = value[key], !field.isNull else { return nil }
        guard let text = field.stringValue else { throw fail(key, "expected a string or null, got \(field.typeName)") }
        return text
    }

    func optionalBool(_ key: String) throws -> Bool? {
        guard let field = value[key], !field.isNull else { return nil }
        guard let flag = field.boolValue else { throw fail(key, "expected true or false, got \(field.typeName)") }
        return flag
    }

    func int(_ key: String) throws -> Int {
        guard let field = value[key] else { throw fail(key, "missing") }
        guard let number = field.intValue, let exact = Int(exactly: number) else {
            throw fail(key, "expected an integer, got \(field.typeName)")
        }
        return exact
    }

    func optionalNumber(_ key: String) throws -> Double? {
        guard let field = value[key], !field.isNull else { return nil }
        guard let number = field.doubleValue else { throw fail(key, "expected a number, got \(field.typeName)") }
        return number
    }
}

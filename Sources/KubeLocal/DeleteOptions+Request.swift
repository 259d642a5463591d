import KubeAPI
import KubeLocalStore

extension DeleteOptions {
    /// The options of a DELETE: a `DeleteOptions` body when there is one, else the query
    /// parameters `propagationPolicy`, `orphanDependents` and `gracePeriodSeconds`. A body's
    /// `dryRun: [All]` marks `request` as a dry run.
    /// - Throws: 400 for a malformed body, 422 for an unsupported value.
    static func from(body: [UInt8], request: inout APIRequest) throws(APIError) -> DeleteOptions {
        var source: JSONValue = .emptyObject
        if !body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            source = try RequestBodyDecoder.decodeObject(body, contentType: request.contentType)
        }
        if source["propagationPolicy"] == nil, let p = request.query["propagationPolicy"], !p.isEmpty {
            source["propagationPolicy"] = .string(p)
        }
        if source["orphanDependents"] == nil, let o = request.query["orphanDependents"], !o.isEmpty {
            source["orphanDependents"] = .bool(o == "true")
        }
        if source["gracePeriodSeconds"] == nil, let g = try request.integer("gracePeriodSeconds") {
            source["gracePeriodSeconds"] = .int(g)
        }
        if source["dryRun"]?.arrayValue?.contains("All") == true { request.query["dryRun"] = "All" }
        do {
            return try DeleteOptions(json: source)
        } catch {
            throw APIError.invalid(
                kind: "DeleteOptions", group: "", name: "",
                causes: [StatusCause(reason: "FieldValueInvalid", message: error.message)])
        }
    }
}

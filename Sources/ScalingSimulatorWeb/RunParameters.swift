import RevisionScaling

/// What one page or data request asks for, from its query string: `seed`, `duration` (scenario
/// duration text, e.g. `10m`) and `policies` (comma-separated policy names). Absent parameters
/// keep the scenario's values and the server's default policies.
struct RunParameters: Sendable, Equatable {
    var seed: UInt64?
    var duration: String?
    var policies: [PolicyName]

    /// A query parameter with an invalid value.
    struct Invalid: Error, Equatable, CustomStringConvertible {
        var parameter: String
        var value: String
        var reason: String
        var description: String { "query parameter \(parameter)=\(value): \(reason)" }
    }

    /// - Throws: `Invalid` naming the parameter and value.
    init(query: [String: String], defaultPolicies: [PolicyName]) throws(Invalid) {
        if let text = query["seed"], !text.isEmpty {
            guard let value = UInt64(text) else { throw Invalid(parameter: "seed", value: text, reason: "must be a whole number ≥ 0") }
            seed = value
        }
        if let text = query["duration"], !text.isEmpty { duration = text }
        policies = defaultPolicies
        if let text = query["policies"], !text.isEmpty {
            var names: [PolicyName] = []
            for part in text.split(separator: ",") {
                guard let name = PolicyName(rawValue: String(part)) else {
                    let known = PolicyName.allCases.map(\.rawValue).joined(separator: ", ")
                    throw Invalid(parameter: "policies", value: text, reason: "unknown policy '\(part)' (known: \(known))")
                }
                if !names.contains(name) { names.append(name) }
            }
            guard !names.isEmpty else { throw Invalid(parameter: "policies", value: text, reason: "name at least one policy") }
            policies = names
        }
    }

    /// Overrides for the scenario reader, after the server's own.
    var overrides: [(key: String, value: String)] {
        var list: [(key: String, value: String)] = []
        if let seed { list.append(("seed", String(seed))) }
        if let duration { list.append(("duration", duration)) }
        return list
    }
}

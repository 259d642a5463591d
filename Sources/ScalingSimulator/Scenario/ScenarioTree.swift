import Yams

/// A scenario document as a tree of string scalars, mappings (in file order) and sequences.
/// Scalars stay text until the reader interprets them, so every error can quote the value.
public indirect enum ScenarioTree: Sendable, Equatable {
    case scalar(String)
    case mapping([(key: String, value: ScenarioTree)])
    case sequence([ScenarioTree])

    public static func == (lhs: ScenarioTree, rhs: ScenarioTree) -> Bool {
        switch (lhs, rhs) {
        case (.scalar(let a), .scalar(let b)): a == b
        case (.sequence(let a), .sequence(let b)): a == b
        case (.mapping(let a), .mapping(let b)): a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }

    /// Parses YAML text (one document; an empty document is an empty mapping).
    /// - Throws: `ScenarioError` naming `file` when the YAML is invalid or a key is not a scalar.
    public static func parse(yaml text: String, file: String) throws(ScenarioError) -> ScenarioTree {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw ScenarioError(file: file, key: "", reason: "invalid YAML: \(error)")
        }
        guard let node else { return .mapping([]) }
        return try convert(node, path: "", file: file)
    }

    private static func convert(_ node: Node, path: String, file: String) throws(ScenarioError) -> ScenarioTree {
        switch node {
        case .scalar(let scalar):
            return .scalar(scalar.string)
        case .sequence(let sequence):
            var items: [ScenarioTree] = []
            for (index, child) in sequence.enumerated() {
                items.append(try convert(child, path: "\(path)[\(index)]", file: file))
            }
            return .sequence(items)
        case .mapping(let mapping):
            var members: [(key: String, value: ScenarioTree)] = []
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key else {
                    throw ScenarioError(file: file, key: path, reason: "mapping keys must be plain strings")
                }
                let childPath = path.isEmpty ? keyScalar.string : "\(path).\(keyScalar.string)"
                if members.contains(where: { $0.key == keyScalar.string }) {
                    throw ScenarioError(file: file, key: childPath, reason: "duplicate key")
                }
                members.append((keyScalar.string, try convert(value, path: childPath, file: file)))
            }
            return .mapping(members)
        }
    }

    /// Splits a dotted override key into path components. Under `autoscaler` and `annotations` the
    /// rest is one key (annotation keys contain dots): `annotations.autoscaling.knative.dev/target`.
    public static func path(_ dotted: String) -> [String] {
        let parts = dotted.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if let first = parts.first, first == "autoscaler" || first == "annotations", parts.count > 1 {
            return [first, parts.dropFirst().joined(separator: ".")]
        }
        return parts
    }

    /// Sets the scalar at `path`, creating mappings on the way (a flag overriding the file).
    /// - Throws: `ScenarioError` when the path runs through a scalar or sequence.
    public mutating func set(_ path: [String], to value: String, file: String) throws(ScenarioError) {
        guard let head = path.first else {
            self = .scalar(value)
            return
        }
        guard case .mapping(var members) = self else {
            throw ScenarioError(file: file, key: path.joined(separator: "."), reason: "cannot set a key inside a non-mapping value")
        }
        if let index = members.firstIndex(where: { $0.key == head }) {
            var child = members[index].value
            if path.count > 1, case .scalar = child { child = .mapping([]) }
            try child.set(Array(path.dropFirst()), to: value, file: file)
            members[index].value = child
        } else {
            var child = ScenarioTree.mapping([])
            try child.set(Array(path.dropFirst()), to: value, file: file)
            members.append((head, child))
        }
        self = .mapping(members)
    }
}

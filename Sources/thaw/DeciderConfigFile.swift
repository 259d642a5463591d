import KubeAPI
import RevisionScaling

/// A `thaw sim decide --config` file that cannot be used; the message names the file, the key and
/// the value.
struct DeciderConfigError: Error, CustomStringConvertible {
    var description: String
}

/// Reads the `thaw sim decide` config: a YAML mapping of `config-autoscaler` keys with the ConfigMap's
/// string values (at the top level or under `config-autoscaler:`), `containerConcurrency: N`,
/// `reachable: true|false` (default true) and `annotations:` with `autoscaling.knative.dev/…` keys.
/// Numbers and booleans given unquoted are taken in their string form, as a ConfigMap would hold them.
/// Unlike Knative's lenient ConfigMap parsing, unknown keys are rejected so typos do not pass silently.
enum DeciderConfigFile {
    static func load(yaml text: String, file: String) throws(DeciderConfigError) -> AutoscalerSpec {
        let document: JSONValue
        do {
            document = try JSONValue.parseYAML(text)
        } catch {
            throw DeciderConfigError(description: "\(file): \(error)")
        }
        guard let root = document.objectValue else {
            throw DeciderConfigError(description: "\(file): expected a mapping at the top level, found \(document.typeName)")
        }
        var configMap: [String: String] = [:]
        var annotations: [String: String] = [:]
        var containerConcurrency = 0
        var reachable = true
        for key in root.keys.sorted() {
            guard let value = root[key] else { continue }
            switch key {
            case "containerConcurrency":
                guard let n = value.intValue, let cc = Int(exactly: n) else {
                    throw DeciderConfigError(description: "\(file): containerConcurrency = \(render(value)): not an integer")
                }
                containerConcurrency = cc
            case "reachable":
                guard let flag = value.boolValue else {
                    throw DeciderConfigError(description: "\(file): reachable = \(render(value)): not true or false")
                }
                reachable = flag
            case "annotations":
                annotations = try stringMap(value, key: key, file: file)
            case "config-autoscaler":
                configMap.merge(try stringMap(value, key: key, file: file)) { _, nested in nested }
            default:
                configMap[key] = try scalarString(value, key: key, file: file)
            }
        }
        try checkKnown(configMap: configMap, annotations: annotations, file: file)
        do {
            return try AutoscalerSpec(
                configMap: configMap, annotations: annotations, containerConcurrency: containerConcurrency,
                reachable: reachable)
        } catch {
            throw DeciderConfigError(description: "\(file): \(error)")
        }
    }

    private static func checkKnown(
        configMap: [String: String], annotations: [String: String], file: String
    ) throws(DeciderConfigError) {
        for key in configMap.keys.sorted() where !AutoscalerSpec.configMapKeys.contains(key) {
            throw DeciderConfigError(description: "\(file): unknown config-autoscaler key \(key) = \"\(configMap[key] ?? "")\"")
        }
        for key in annotations.keys.sorted() where key.hasPrefix(AutoscalerSpec.annotationPrefix) {
            let name = String(key.dropFirst(AutoscalerSpec.annotationPrefix.count))
            if !AutoscalerSpec.annotationKeys.contains(name) {
                throw DeciderConfigError(description: "\(file): unknown annotation \(key) = \"\(annotations[key] ?? "")\"")
            }
        }
    }

    private static func stringMap(_ value: JSONValue, key: String, file: String) throws(DeciderConfigError) -> [String: String] {
        guard let object = value.objectValue else {
            throw DeciderConfigError(description: "\(file): \(key) must be a mapping, found \(value.typeName)")
        }
        var result: [String: String] = [:]
        for (name, entry) in object {
            result[name] = try scalarString(entry, key: "\(key).\(name)", file: file)
        }
        return result
    }

    private static func scalarString(_ value: JSONValue, key: String, file: String) throws(DeciderConfigError) -> String {
        switch value {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .double(let d): return String(d)
        case .bool(let b): return String(b)
        case .null, .array, .object:
            throw DeciderConfigError(description: "\(file): \(key) = \(render(value)): expected a string value")
        }
    }

    private static func render(_ value: JSONValue) -> String {
        switch value {
        case .string(let s): "\"\(s)\""
        case .int(let i): String(i)
        case .double(let d): String(d)
        case .bool(let b): String(b)
        default: value.typeName
        }
    }
}

import Synchronization

/// The resources currently served: the built-in ones plus those defined by established
/// CustomResourceDefinitions. Thread-safe; CRD resources are added and removed at run time and
/// every lookup sees a consistent snapshot.
public final class ResourceRegistry: Sendable {
    /// A group as discovery lists it: its versions, the preferred one first.
    public struct Group: Sendable {
        public var name: String
        public var versions: [String]
    }

    private struct State {
        var builtIn: [ResourceType]
        /// CRD name → the resource types it defines (one per served version).
        var custom: [String: [ResourceType]] = [:]
        var index: [String: ResourceType] = [:]

        mutating func reindex() {
            index = [:]
            for type in builtIn + custom.values.flatMap({ $0 }) {
                index[Self.key(type.group, type.version, type.plural)] = type
            }
        }

        static func key(_ group: String, _ version: String, _ plural: String) -> String {
            "\(group)/\(version)/\(plural)"
        }
    }

    private let state: Mutex<State>

    public init(builtIn: [ResourceType] = BuiltInResources.all) {
        var s = State(builtIn: builtIn)
        s.reindex()
        state = Mutex(s)
    }

    /// The resource served at `group/version/plural`, if any.
    public func resource(group: String, version: String, plural: String) -> ResourceType? {
        state.withLock { $0.index[State.key(group, version, plural)] }
    }

    /// Every served resource type.
    public var all: [ResourceType] {
        state.withLock { s in s.builtIn + s.custom.keys.sorted().flatMap { s.custom[$0] ?? [] } }
    }

    /// The resources served in one group/version, in discovery order.
    public func resources(group: String, version: String) -> [ResourceType] {
        all.filter { $0.group == group && $0.version == version }
    }

    /// The named groups (not the core group) with their versions, built-in groups first in the
    /// real server's order, then custom groups by name. The first version is the preferred one.
    public var groups: [Group] {
        var order: [String] = BuiltInResources.groupOrder
        var versions: [String: [String]] = [:]
        for type in all where !type.group.isEmpty {
            if !order.contains(type.group) { order.append(type.group) }
            if !(versions[type.group]?.contains(type.version) ?? false) {
                versions[type.group, default: []].append(type.version)
            }
        }
        return order.compactMap { name in
            guard let v = versions[name] else { return nil }
            return Group(name: name, versions: Self.sortedByPriority(v))
        }
    }

    /// Registers (or replaces) the resource types a CRD defines.
    public func setCustom(crdName: String, types: [ResourceType]) {
        state.withLock { s in
            s.custom[crdName] = types
            s.reindex()
        }
    }

    /// Stops serving the resources of a CRD.
    public func removeCustom(crdName: String) {
        state.withLock { s in
            s.custom[crdName] = nil
            s.reindex()
        }
    }

    /// Kubernetes version priority: GA before beta before alpha, higher numbers first, then
    /// non-conforming names alphabetically.
    static func sortedByPriority(_ versions: [String]) -> [String] {
        func rank(_ v: String) -> (Int, Int, Int, String) {
            guard v.hasPrefix("v"), let digitsEnd = v.dropFirst().firstIndex(where: { !$0.isNumber }) ?? Optional(v.endIndex),
                let major = Int(v[v.index(after: v.startIndex)..<digitsEnd])
            else { return (3, 0, 0, v) }
            let rest = v[digitsEnd...]
            if rest.isEmpty { return (0, -major, 0, v) }
            for (level, prefix) in [(1, "beta"), (2, "alpha")] where rest.hasPrefix(prefix) {
                if let minor = Int(rest.dropFirst(prefix.count)) { return (level, -major, -minor, v) }
            }
            return (3, 0, 0, v)
        }
        return versions.sorted { rank($0) < rank($1) }
    }
}

/// The algorithms selectable by name.
///
/// A value, not a global: the program that selects algorithms builds one (usually from
/// `SubsettingRegistry.builtIn`) and lets plugins `register` theirs into it. Names are unique;
/// `algorithm(named:)` throws for an unknown name, listing the known ones.
public struct SubsettingRegistry: Sendable {
    /// The name of the algorithm used when none is asked for.
    public static let defaultAlgorithmName = BalancedSubsetting.algorithmName

    private var byName: [String: any SubsettingAlgorithm] = [:]

    public init() {}

    /// `thaw` (the default), `knative` and `random` (seed 0).
    public static var builtIn: SubsettingRegistry {
        var registry = SubsettingRegistry()
        // The built-in names are distinct constants, so registering them cannot throw.
        try? registry.register(BalancedSubsetting())
        try? registry.register(KnativeSubsetting())
        try? registry.register(RandomSubsetting(seed: 0))
        return registry
    }

    /// Adds an algorithm under its `name`.
    /// - Throws: `SubsettingRegistryError.duplicateName` if the name is taken or empty.
    public mutating func register(_ algorithm: any SubsettingAlgorithm) throws(SubsettingRegistryError) {
        guard !algorithm.name.isEmpty, byName[algorithm.name] == nil else {
            throw .duplicateName(algorithm.name)
        }
        byName[algorithm.name] = algorithm
    }

    /// Registered names, sorted.
    public var names: [String] { byName.keys.sorted() }

    /// Registered algorithms, sorted by name.
    public var algorithms: [any SubsettingAlgorithm] { names.compactMap { byName[$0] } }

    /// - Throws: `SubsettingRegistryError.unknownName` when nothing is registered under `name`.
    public func algorithm(named name: String) throws(SubsettingRegistryError) -> any SubsettingAlgorithm {
        guard let algorithm = byName[name] else { throw .unknownName(name, known: names) }
        return algorithm
    }
}

/// A registry lookup or registration that failed.
public enum SubsettingRegistryError: Error, Sendable, Equatable, CustomStringConvertible {
    case duplicateName(String)
    case unknownName(String, known: [String])

    public var description: String {
        switch self {
        case .duplicateName(let name):
            return "subsetting algorithm name \"\(name)\" is empty or already registered"
        case .unknownName(let name, let known):
            return "unknown subsetting algorithm \"\(name)\" (known: \(known.joined(separator: ", ")))"
        }
    }
}

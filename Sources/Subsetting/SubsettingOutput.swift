/// The result of one subsetting run.
///
/// `assignments` maps every input revision key to its subset: distinct ready activator ids,
/// sorted. `withoutHighAvailability` lists (sorted) the revisions whose subset holds exactly one
/// activator — a single point of failure the caller should warn about.
public struct SubsettingOutput: Sendable, Hashable {
    public var assignments: [String: [String]]

    public init(assignments: [String: [String]]) {
        self.assignments = assignments.mapValues { $0.sorted() }
    }

    /// For algorithms whose subsets are already sorted by id (skips re-sorting).
    init(sortedAssignments: [String: [String]]) {
        self.assignments = sortedAssignments
    }

    public var withoutHighAvailability: [String] {
        assignments.filter { $0.value.count == 1 }.keys.sorted()
    }
}

/// A validated, canonical problem for a `SubsettingAlgorithm`.
///
/// Guarantees: activator ids are unique and non-empty; IPs are unique, and non-empty for ready
/// activators (a pending pod may have none yet); revision keys are unique and
/// non-empty; sizes are ≥ 0; loads are finite and ≥ 0. Activators are sorted by id and revisions
/// by key, so an algorithm that is a pure function of this value gives the same answer whatever
/// order the caller listed things in. `readyActivators` are the only legal choices.
public struct SubsettingInput: Sendable, Hashable {
    /// Every activator, sorted by id.
    public let activators: [Activator]
    /// The ready activators, sorted by id.
    public let readyActivators: [Activator]
    /// Every revision, sorted by key.
    public let revisions: [RevisionDemand]

    /// - Throws: `SubsettingInputError` naming the first invalid or duplicated field.
    public init(activators: [Activator], revisions: [RevisionDemand]) throws(SubsettingInputError) {
        var ids = Set<String>()
        var ips = Set<String>()
        for (index, activator) in activators.enumerated() {
            if activator.id.isEmpty { throw SubsettingInputError("activators[\(index)].id: must not be empty") }
            if activator.ip.isEmpty && activator.ready {
                throw SubsettingInputError("activators[\(index)].ip: must not be empty for a ready activator")
            }
            if activator.node.isEmpty { throw SubsettingInputError("activators[\(index)].node: must not be empty") }
            if !ids.insert(activator.id).inserted {
                throw SubsettingInputError("activators[\(index)].id: duplicate id \"\(activator.id)\"")
            }
            if !activator.ip.isEmpty && !ips.insert(activator.ip).inserted {
                throw SubsettingInputError("activators[\(index)].ip: duplicate ip \"\(activator.ip)\"")
            }
        }
        var keys = Set<String>()
        for (index, revision) in revisions.enumerated() {
            if revision.key.isEmpty { throw SubsettingInputError("revisions[\(index)].key: must not be empty") }
            if !keys.insert(revision.key).inserted {
                throw SubsettingInputError("revisions[\(index)].key: duplicate key \"\(revision.key)\"")
            }
            if revision.size < 0 {
                throw SubsettingInputError("revisions[\(index)].size: must be ≥ 0, got \(revision.size)")
            }
            if !revision.load.isFinite || revision.load < 0 {
                throw SubsettingInputError("revisions[\(index)].load: must be a finite number ≥ 0, got \(revision.load)")
            }
        }
        self.activators = activators.sorted { $0.id < $1.id }
        self.readyActivators = self.activators.filter(\.ready)
        self.revisions = revisions.sorted { $0.key < $1.key }
    }

    /// The subset size a revision actually gets: its `size` (0 meaning all) clamped to the
    /// number of ready activators.
    public func effectiveSize(of revision: RevisionDemand) -> Int {
        let ready = readyActivators.count
        return revision.size == 0 ? ready : min(revision.size, ready)
    }

    /// The same problem with every revision's `previous` replaced from `assignments`
    /// (revisions missing from it get an empty previous subset).
    public func withPrevious(_ assignments: [String: [String]]) -> SubsettingInput {
        SubsettingInput(sortedActivators: activators, sortedRevisions: revisions.map { revision in
            var updated = revision
            updated.previous = assignments[revision.key] ?? []
            return updated
        })
    }

    /// Builds from parts that are already valid and sorted (used to derive variants).
    private init(sortedActivators: [Activator], sortedRevisions: [RevisionDemand]) {
        self.activators = sortedActivators
        self.readyActivators = sortedActivators.filter(\.ready)
        self.revisions = sortedRevisions
    }
}

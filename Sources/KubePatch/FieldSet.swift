/// A set of field paths, shaped as structured-merge-diff's `fieldpath.Set`: `members` are the
/// child elements that are themselves in the set, `children` the sets below child elements.
/// The root is never a member.
struct FieldSet: Equatable, Sendable {
    var members: Set<PathElement> = []
    var children: [PathElement: FieldSet] = [:]

    var isEmpty: Bool { members.isEmpty && children.values.allSatisfy(\.isEmpty) }

    mutating func insert(_ path: some Collection<PathElement>) {
        guard let first = path.first else { return }
        let rest = path.dropFirst()
        if rest.isEmpty {
            members.insert(first)
        } else {
            children[first, default: FieldSet()].insert(rest)
        }
    }

    func contains(_ path: some Collection<PathElement>) -> Bool {
        guard let first = path.first else { return false }
        let rest = path.dropFirst()
        if rest.isEmpty { return members.contains(first) }
        return children[first]?.contains(rest) ?? false
    }

    func union(_ other: FieldSet) -> FieldSet {
        if other.members.isEmpty && other.children.isEmpty { return self }
        if members.isEmpty && children.isEmpty { return other }
        var result = self
        result.members.formUnion(other.members)
        for (element, child) in other.children {
            result.children[element] = (result.children[element] ?? FieldSet()).union(child)
        }
        return result
    }

    /// Paths of `self` that are not paths of `other` (exact paths: a member of `other` does not
    /// remove the paths below it).
    func subtracting(_ other: FieldSet) -> FieldSet {
        if other.members.isEmpty && other.children.isEmpty { return self }
        var result = FieldSet(members: members.subtracting(other.members))
        for (element, child) in children {
            let remaining = other.children[element].map { child.subtracting($0) } ?? child
            if !remaining.isEmpty { result.children[element] = remaining }
        }
        return result
    }

    /// `self` without the member paths of `prefixes` and everything below them
    /// (structured-merge-diff's `RecursiveDifference`).
    func subtractingRecursively(_ prefixes: FieldSet) -> FieldSet {
        if prefixes.members.isEmpty && prefixes.children.isEmpty { return self }
        var result = FieldSet(members: members.subtracting(prefixes.members))
        for (element, child) in children where !prefixes.members.contains(element) {
            let remaining = prefixes.children[element].map { child.subtractingRecursively($0) } ?? child
            if !remaining.isEmpty { result.children[element] = remaining }
        }
        return result
    }

    func intersection(_ other: FieldSet) -> FieldSet {
        var result = FieldSet(members: members.intersection(other.members))
        for (element, child) in children {
            guard let otherChild = other.children[element] else { continue }
            let common = child.intersection(otherChild)
            if !common.isEmpty { result.children[element] = common }
        }
        return result
    }

    /// Every member path, in structured-merge-diff's `Iterate` order: this level's members
    /// (sorted), then the paths below each child (sorted).
    var paths: [FieldPath] {
        var out: [FieldPath] = []
        collect(prefix: [], into: &out)
        return out
    }

    private func collect(prefix: FieldPath, into out: inout [FieldPath]) {
        for element in members.sorted() { out.append(prefix + [element]) }
        for element in children.keys.sorted() {
            children[element]?.collect(prefix: prefix + [element], into: &out)
        }
    }

    /// Removes empty child sets so that equal sets compare equal.
    func normalized() -> FieldSet {
        guard hasEmptyChild else { return self }
        var result = FieldSet(members: members)
        for (element, child) in children {
            let n = child.normalized()
            if !n.isEmpty { result.children[element] = n }
        }
        return result
    }
}

extension FieldSet {
    /// Whether an empty child set sits anywhere below (what `normalized` removes).
    private var hasEmptyChild: Bool {
        children.values.contains { $0.isEmpty || $0.hasEmptyChild }
    }

    /// A set holding the given paths of field names.
    init(fieldPaths: [[String]]) {
        self.init()
        for path in fieldPaths where !path.isEmpty { insert(path.map(PathElement.field)) }
    }
}

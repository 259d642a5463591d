import KubeAPI

/// The element order of a merged list, as strategicpatch's normalizeElementOrder computes it:
/// patch elements in patch (or `$setElementOrder`) order, live-only elements in live order, the
/// two interleaved by their positions in the live list.
struct ListOrdering {
    /// The merge key of a list of objects; nil for a list of scalars.
    let mergeKey: String?

    /// What identifies an element: its merge-key value, or the scalar itself.
    func identity(of element: JSONValue) -> JSONValue? {
        guard let mergeKey else { return element }
        return element[mergeKey]
    }

    private func position(of element: JSONValue, in list: [JSONValue]) -> Int? {
        guard let id = identity(of: element) else { return nil }
        return list.firstIndex { identity(of: $0)?.sameValue(as: id) ?? false }
    }

    /// Splits `list` into the elements present in `by` and the others, keeping their order.
    func partition(_ list: [JSONValue], by: [JSONValue]) -> (present: [JSONValue], absent: [JSONValue]) {
        var present: [JSONValue] = []
        var absent: [JSONValue] = []
        for element in list {
            if position(of: element, in: by) != nil { present.append(element) } else { absent.append(element) }
        }
        return (present, absent)
    }

    func normalize(patchItems: [JSONValue], serverOnly: [JSONValue], patchOrder: [JSONValue], serverOrder: [JSONValue]) -> [JSONValue] {
        let right = sorted(patchItems, by: patchOrder)
        let left = sorted(serverOnly, by: serverOrder)
        var result: [JSONValue] = []
        result.reserveCapacity(left.count + right.count)
        var i = 0
        var j = 0
        while i < left.count || j < right.count {
            if i >= left.count {
                result.append(right[j]); j += 1
            } else if j >= right.count {
                result.append(left[i]); i += 1
            } else if let li = position(of: left[i], in: serverOrder), let ri = position(of: right[j], in: serverOrder), li < ri {
                result.append(left[i]); i += 1
            } else {
                result.append(right[j]); j += 1
            }
        }
        return result
    }

    /// Stable sort by position in `order`; elements not found keep their place after the found ones.
    private func sorted(_ items: [JSONValue], by order: [JSONValue]) -> [JSONValue] {
        let keyed = items.enumerated().map { (offset, item) in (position(of: item, in: order) ?? Int.max, offset, item) }
        return keyed.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
    }
}

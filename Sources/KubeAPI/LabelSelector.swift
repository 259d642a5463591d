/// `metav1.LabelSelector`: `matchLabels` and `matchExpressions`, all of which must hold (AND).
///
/// An empty selector matches every object. (Whether an *absent* selector matches everything or
/// nothing depends on the field; callers decide that before asking.) An expression with an unknown
/// operator matches nothing, as the API server would have rejected it.
public struct LabelSelector: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public init(matchLabels: [String: String], matchExpressions: [LabelSelectorRequirement] = []) {
        self.init()
        self.matchLabels = matchLabels
        self.matchExpressions = matchExpressions
    }

    public var matchLabels: [String: String] { get { self[map: "matchLabels"] } set { self[map: "matchLabels"] = newValue } }
    public var matchExpressions: [LabelSelectorRequirement] { get { self[list: "matchExpressions"] } set { self[list: "matchExpressions"] = newValue } }

    /// Whether `labels` satisfy every `matchLabels` member and every expression.
    public func matches(_ labels: [String: String]) -> Bool {
        for (key, value) in matchLabels where labels[key] != value { return false }
        return matchExpressions.allSatisfy { $0.matches(labels) }
    }

    /// Whether the selector selects everything.
    public var isEmpty: Bool { matchLabels.isEmpty && matchExpressions.isEmpty }

    /// The selector in query-string syntax (`app=web,tier in (a,b),!legacy`), members sorted by key;
    /// what `Scale.status.selector` and the `labelSelector` parameter carry.
    public var selectorString: String {
        var parts = matchLabels.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        for requirement in matchExpressions {
            let key = requirement.key ?? ""
            let values = requirement.values.sorted().joined(separator: ",")
            switch requirement.operator {
            case .in: parts.append("\(key) in (\(values))")
            case .notIn: parts.append("\(key) notin (\(values))")
            case .exists: parts.append(key)
            case .doesNotExist: parts.append("!\(key)")
            case .gt: parts.append("\(key)>\(values)")
            case .lt: parts.append("\(key)<\(values)")
            default: parts.append("\(key) \(requirement.operator?.rawValue ?? "") (\(values))")
            }
        }
        return parts.joined(separator: ",")
    }
}

/// `metav1.LabelSelectorRequirement`: `key`, `operator` and `values`.
public struct LabelSelectorRequirement: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public init(key: String, operator op: SelectorOperator, values: [String] = []) {
        self.init(json: ["key": .string(key), "operator": op.jsonValue])
        self.values = values
    }

    public var key: String? { get { self[field: "key"] } set { self[field: "key"] = newValue } }
    public var `operator`: SelectorOperator? { get { self[field: "operator"] } set { self[field: "operator"] = newValue } }
    public var values: [String] { get { self[list: "values"] } set { self[list: "values"] = newValue } }

    /// Whether `labels` satisfy this requirement.
    public func matches(_ labels: [String: String]) -> Bool {
        guard let key, let op = self.operator else { return false }
        return op.evaluate(labels[key], values)
    }
}

/// The operator of a label or node selector requirement. Open: unknown operators are kept (and match nothing).
public struct SelectorOperator: OpenStringEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let `in`: Self = "In"
    public static let notIn: Self = "NotIn"
    public static let exists: Self = "Exists"
    public static let doesNotExist: Self = "DoesNotExist"
    /// Node selectors only: the label, read as an integer, is greater than the single value.
    public static let gt: Self = "Gt"
    /// Node selectors only: the label, read as an integer, is less than the single value.
    public static let lt: Self = "Lt"

    /// Applies the operator to a label's value (`nil` when the label is absent).
    public func evaluate(_ value: String?, _ values: [String]) -> Bool {
        switch self {
        case .in: return value.map(values.contains) ?? false
        case .notIn: return value.map { !values.contains($0) } ?? true
        case .exists: return value != nil
        case .doesNotExist: return value == nil
        case .gt, .lt:
            guard let value, let number = Int64(value), values.count == 1, let bound = Int64(values[0]) else { return false }
            return self == .gt ? number > bound : number < bound
        default: return false
        }
    }
}

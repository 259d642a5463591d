import Foundation

/// `v1 Affinity`: node affinity is modelled; pod (anti-)affinity is kept as JSON.
public struct Affinity: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var nodeAffinity: NodeAffinity? { get { self[field: "nodeAffinity"] } set { self[field: "nodeAffinity"] = newValue } }
    public var podAffinity: JSONValue? { get { self[field: "podAffinity"] } set { self[field: "podAffinity"] = newValue } }
    public var podAntiAffinity: JSONValue? { get { self[field: "podAntiAffinity"] } set { self[field: "podAntiAffinity"] = newValue } }
}

/// `v1 NodeAffinity`.
public struct NodeAffinity: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var requiredDuringSchedulingIgnoredDuringExecution: NodeSelector? { get { self[field: "requiredDuringSchedulingIgnoredDuringExecution"] } set { self[field: "requiredDuringSchedulingIgnoredDuringExecution"] = newValue } }
    public var preferredDuringSchedulingIgnoredDuringExecution: [PreferredSchedulingTerm] { get { self[list: "preferredDuringSchedulingIgnoredDuringExecution"] } set { self[list: "preferredDuringSchedulingIgnoredDuringExecution"] = newValue } }
}

/// `v1 NodeSelector`: terms ORed together.
public struct NodeSelector: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var nodeSelectorTerms: [NodeSelectorTerm] { get { self[list: "nodeSelectorTerms"] } set { self[list: "nodeSelectorTerms"] = newValue } }
}

/// `v1 NodeSelectorTerm`: requirements ANDed together.
public struct NodeSelectorTerm: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var matchExpressions: [NodeSelectorRequirement] { get { self[list: "matchExpressions"] } set { self[list: "matchExpressions"] = newValue } }
    public var matchFields: [NodeSelectorRequirement] { get { self[list: "matchFields"] } set { self[list: "matchFields"] = newValue } }
}

/// `v1 NodeSelectorRequirement`: `In`, `NotIn`, `Exists`, `DoesNotExist`, `Gt`, `Lt`.
public struct NodeSelectorRequirement: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var key: String? { get { self[field: "key"] } set { self[field: "key"] = newValue } }
    public var `operator`: SelectorOperator? { get { self[field: "operator"] } set { self[field: "operator"] = newValue } }
    public var values: [String] { get { self[list: "values"] } set { self[list: "values"] = newValue } }
}

/// `v1 PreferredSchedulingTerm`: a weighted soft preference.
public struct PreferredSchedulingTerm: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var weight: Int? { get { self[field: "weight"] } set { self[field: "weight"] = newValue } }
    public var preference: NodeSelectorTerm { get { self[view: "preference"] } set { self[view: "preference"] = newValue } }
}

/// `v1 Toleration`: lets a pod onto nodes with matching taints.
public struct Toleration: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var key: String? { get { self[field: "key"] } set { self[field: "key"] = newValue } }
    public var `operator`: TolerationOperator? { get { self[field: "operator"] } set { self[field: "operator"] = newValue } }
    public var value: String? { get { self[field: "value"] } set { self[field: "value"] = newValue } }
    public var effect: TaintEffect? { get { self[field: "effect"] } set { self[field: "effect"] = newValue } }
    public var tolerationSeconds: Int64? { get { self[field: "tolerationSeconds"] } set { self[field: "tolerationSeconds"] = newValue } }
}

/// `v1 Taint`: repels pods that do not tolerate it.
public struct Taint: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var key: String? { get { self[field: "key"] } set { self[field: "key"] = newValue } }
    public var value: String? { get { self[field: "value"] } set { self[field: "value"] = newValue } }
    public var effect: TaintEffect? { get { self[field: "effect"] } set { self[field: "effect"] = newValue } }
    public var timeAdded: Date? { get { self[time: "timeAdded"] } set { self[time: "timeAdded"] = newValue } }
}

/// `NoSchedule`, `PreferNoSchedule` or `NoExecute`; open to values a newer server sends.
public struct TaintEffect: OpenStringEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let noSchedule: Self = "NoSchedule"
    public static let preferNoSchedule: Self = "PreferNoSchedule"
    public static let noExecute: Self = "NoExecute"
}

/// `Equal` (the default when absent) or `Exists`.
public struct TolerationOperator: OpenStringEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let equal: Self = "Equal"
    public static let exists: Self = "Exists"
}

import Foundation

/// `coordination.k8s.io/v1 Lease`: a lock held by `holderIdentity`, renewed before it expires.
public struct Lease: KubeResource {
    public static let group = "coordination.k8s.io"
    public static let version = "v1"
    public static let kind = "Lease"
    public static let plural = "leases"
    public static let namespaced = true

    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var spec: LeaseSpec { get { self[view: "spec"] } set { self[view: "spec"] = newValue } }
}

/// `coordination.k8s.io/v1 LeaseSpec`: times are MicroTime (RFC 3339 with microseconds).
public struct LeaseSpec: JSONBacked {
    public var json: JSONValue
    public init(json: JSONValue) { self.json = json }

    public var holderIdentity: String? { get { self[field: "holderIdentity"] } set { self[field: "holderIdentity"] = newValue } }
    public var leaseDurationSeconds: Int? { get { self[field: "leaseDurationSeconds"] } set { self[field: "leaseDurationSeconds"] = newValue } }
    public var acquireTime: Date? { get { self[microTime: "acquireTime"] } set { self[microTime: "acquireTime"] = newValue } }
    public var renewTime: Date? { get { self[microTime: "renewTime"] } set { self[microTime: "renewTime"] = newValue } }
    public var leaseTransitions: Int? { get { self[field: "leaseTransitions"] } set { self[field: "leaseTransitions"] = newValue } }
    public var strategy: String? { get { self[field: "strategy"] } set { self[field: "strategy"] = newValue } }
    public var preferredHolder: String? { get { self[field: "preferredHolder"] } set { self[field: "preferredHolder"] = newValue } }
}

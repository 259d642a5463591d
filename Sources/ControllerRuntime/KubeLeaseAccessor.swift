import KubeAPI
import KubeClient

/// Leader election on a `coordination.k8s.io/v1` Lease: reads and writes the record in its spec,
/// using the Lease's `resourceVersion` for optimistic concurrency.
public struct KubeLeaseAccessor: LeaseAccessor {
    public let client: ResourceClient<Lease>
    public let name: String

    /// - Parameters: the Lease `name` in `namespace`.
    public init(client: KubeClient, namespace: String, name: String) {
        self.client = client.resource(Lease.self, namespace: namespace)
        self.name = name
    }

    public func get() async throws -> (record: LeaderElectionRecord, version: String)? {
        do {
            let lease = try await client.get(name)
            let spec = lease.spec
            let record = LeaderElectionRecord(holderIdentity: spec.holderIdentity, leaseDurationSeconds: spec.leaseDurationSeconds ?? 0,
                                              acquireTime: spec.acquireTime, renewTime: spec.renewTime, leaseTransitions: spec.leaseTransitions ?? 0)
            return (record, lease.metadata.resourceVersion ?? "")
        } catch let error as KubeAPIError where error.isNotFound {
            return nil
        }
    }

    public func create(_ record: LeaderElectionRecord) async throws {
        _ = try await client.create(lease(record, version: nil))
    }

    public func update(_ record: LeaderElectionRecord, version: String) async throws {
        _ = try await client.update(lease(record, version: version))
    }

    private func lease(_ record: LeaderElectionRecord, version: String?) -> Lease {
        var lease = Lease(name: name, namespace: client.namespace)
        lease.metadata.resourceVersion = version
        lease.spec.holderIdentity = record.holderIdentity
        lease.spec.leaseDurationSeconds = record.leaseDurationSeconds
        lease.spec.acquireTime = record.acquireTime
        lease.spec.renewTime = record.renewTime
        lease.spec.leaseTransitions = record.leaseTransitions
        return lease
    }
}

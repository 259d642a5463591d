import ControllerRuntime
import KubeAPI
import Synchronization

/// The prefetch pods of each group, kept current from the pod informer's events, so readiness is
/// computed from a group's own pods instead of scanning every pod of the namespace. Thread-safe.
final class GroupPodIndex: Sendable {
    private let podsByGroup = Mutex<[ObjectKey: Set<String>]>([:])

    /// Applies one informer event.
    func apply(_ event: ResourceEvent<Pod>) {
        let key = { (pod: Pod) -> (group: ObjectKey, pod: String)? in
            guard let group = pod.metadata.labels[PrefetchDaemonSet.groupLabel], let name = pod.metadata.name else { return nil }
            return (ObjectKey(namespace: pod.metadata.namespace ?? "", name: group), name)
        }
        podsByGroup.withLock { index in
            switch event {
            case .added(let pod):
                if let entry = key(pod) { index[entry.group, default: []].insert(entry.pod) }
            case .updated(let old, let new):
                if let entry = key(old) { index[entry.group]?.remove(entry.pod) }
                if let entry = key(new) { index[entry.group, default: []].insert(entry.pod) }
            case .deleted(let pod):
                if let entry = key(pod) {
                    index[entry.group]?.remove(entry.pod)
                    if index[entry.group]?.isEmpty == true { index[entry.group] = nil }
                }
            }
        }
    }

    /// The cached pods of `group` (a DaemonSet key).
    func pods(of group: ObjectKey, in store: Store<Pod>) -> [Pod] {
        let names = podsByGroup.withLock { $0[group] ?? [] }
        return names.compactMap { store.get(ObjectKey(namespace: group.namespace, name: $0)) }
    }
}

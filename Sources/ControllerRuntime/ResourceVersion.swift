/// Ordering of resource versions for read-your-writes waits.
///
/// Resource versions are opaque to clients, but every known server (etcd-backed kube-apiserver
/// and Thaw's local server) issues increasing decimal integers. Two versions that both parse as
/// unsigned integers are compared numerically; otherwise only equality counts as "reached".
enum ResourceVersion {
    /// Whether a store that has seen `current` has seen at least `target`.
    static func reached(_ current: String?, target: String) -> Bool {
        guard let current else { return false }
        if let a = UInt64(current), let b = UInt64(target) { return a >= b }
        return current == target
    }
}

/// How a simulated app container behaves once running, read from pod annotations: by default it
/// runs until the pod is deleted; `kubelocal.thaw.dev/exit-after-seconds` makes it exit after that
/// long with `kubelocal.thaw.dev/exit-code` (default 0), which exercises restarts and terminal phases.
/// Unparseable values are ignored (the container runs forever).
struct SimulatedContainerBehaviour: Sendable, Hashable {
    static let exitAfterAnnotation = "kubelocal.thaw.dev/exit-after-seconds"
    static let exitCodeAnnotation = "kubelocal.thaw.dev/exit-code"

    var exitAfterSeconds: Double?
    var exitCode: Int

    init(annotations: [String: String]) {
        exitAfterSeconds = annotations[Self.exitAfterAnnotation].flatMap(Double.init).flatMap { $0.isFinite && $0 >= 0 ? $0 : nil }
        exitCode = annotations[Self.exitCodeAnnotation].flatMap(Int.init) ?? 0
    }
}

// The tutorial controller as a program: mirrors ConfigMaps labelled `thaw.dev/mirror` into the
// namespace given by MIRROR_NAMESPACE (default `mirror`), using the kubeconfig (KUBECONFIG or
// ~/.kube/config) or the in-cluster configuration. SIGTERM or SIGINT stops it gracefully.
import ConfigMapMirror
import ControllerRuntime
import Foundation
import KubeClient
import Logging
import ServiceLifecycle

let environment = ProcessInfo.processInfo.environment
let target = environment["MIRROR_NAMESPACE"] ?? "mirror"
let logger = Logger(label: "configmap-mirror")
let configuration = try KubeClientConfiguration.load()
try await KubeClient.with(configuration) { client in
    var options = ManagerOptions()
    if let identity = environment["POD_NAME"] {
        options.leaderElection = LeaderElectionConfiguration(identity: identity)
        options.leaseName = "configmap-mirror"
    }
    let manager = try Manager(client: client, options: options, logger: logger)
    try MirrorReconciler.register(on: manager, targetNamespace: target)
    let group = ServiceGroup(configuration: .init(services: [.init(service: manager)], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
    try await group.run()
}

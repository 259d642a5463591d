import Foundation
import KubeAPI
import Testing
@testable import ImageCaching

@Suite struct PrefetchDaemonSetTests {
    let pool = CachePool(namespace: "team-a", serviceAccountName: "puller", pullSecrets: ["reg-b", "reg-a", "reg-a"], nodeSelector: ["pool": "serving"])

    func build(members: [PrefetchMember], configuration: ImageCacheConfiguration = .init()) -> DaemonSet {
        PrefetchDaemonSet.build(.init(pool: pool, index: 3, members: members, pullSecrets: ["reg-a", "reg-b", "sa-secret"], configuration: configuration))
    }

    let members = [
        PrefetchMember(name: "hello-00001-cache-user-container", uid: "u1", reference: "ghcr.io/acme/hello@sha256:" + String(repeating: "1", count: 64)),
        PrefetchMember(name: "queue.proxy.v2", uid: "u2", reference: "gcr.io/knative/queue:1.15"),
    ]

    @Test func podsAreLockedDownAndPullWithThePoolsCredentials() {
        let daemonSet = build(members: members, configuration: ImageCacheConfiguration(priorityClassName: "image-cache"))
        let spec = daemonSet.spec.template.spec
        #expect(daemonSet.metadata.name == pool.daemonSetName(imageClass: ImageCacheConfiguration.defaultClass, index: 3))
        #expect(daemonSet.metadata.namespace == "team-a")
        #expect(spec.json["automountServiceAccountToken"] == false)
        #expect(spec.json["serviceAccountName"] == "puller")
        #expect(spec.imagePullSecrets.compactMap(\.name) == ["reg-a", "reg-b", "sa-secret"])
        #expect(spec.json["nodeSelector"] == ["pool": "serving"])
        #expect(spec.json["priorityClassName"] == "image-cache")
        #expect(spec.tolerations.map(\.json) == [["operator": "Exists"]])
        #expect(spec.json[path: ["securityContext", "runAsNonRoot"]] == true)
        for container in spec.containers + spec.initContainers {
            let security = container.json["securityContext"]
            #expect(security?["allowPrivilegeEscalation"] == false)
            #expect(security?["readOnlyRootFilesystem"] == true)
            #expect(security?[path: ["capabilities", "drop"]] == ["ALL"])
            #expect(container.json[path: ["resources", "requests", "cpu"]] == "1m")
        }
        #expect(spec.initContainers.first?.json["command"] == ["cp", "/bin/sleep", "/thaw-sleeper/sleep"])
        #expect(spec.containers.map(\.image) == members.map(\.reference))
        #expect(spec.containers.allSatisfy { $0.json["command"] == ["/thaw-sleeper/sleep", "2147483647"] && $0.json["imagePullPolicy"] == "IfNotPresent" })
    }

    @Test func membershipOwnershipAndNamesAreRecorded() {
        let daemonSet = build(members: members)
        #expect(PrefetchDaemonSet.members(of: daemonSet) == members.map(\.name))
        #expect(PrefetchDaemonSet.index(of: daemonSet) == 3)
        #expect(PrefetchDaemonSet.isManaged(daemonSet, imageClass: ImageCacheConfiguration.defaultClass))
        #expect(!PrefetchDaemonSet.isManaged(daemonSet, imageClass: "other"))
        #expect(daemonSet.metadata.ownerReferences.map(\.uid) == ["u1", "u2"])
        #expect(daemonSet.metadata.ownerReferences.allSatisfy { $0.kind == "Image" && $0.apiVersion == "caching.internal.knative.dev/v1alpha1" && $0.controller != true })
        let names = daemonSet.spec.template.spec.containers.compactMap(\.name)
        #expect(names[0] == "hello-00001-cache-user-container")
        #expect(names[1].hasPrefix("queue-proxy-v2-") && names[1].count <= 63)
        let long = PrefetchMember.containerName(for: String(repeating: "a", count: 200))
        #expect(long.count <= 63)
        #expect(daemonSet.spec.selector.json["matchLabels"] == daemonSet.spec.template.json[path: ["metadata", "labels"]])
    }

    @Test func theSpecHashChangesWithTheContentOnly() {
        let hash = { (d: DaemonSet) in d.metadata.annotations[PrefetchDaemonSet.specHashAnnotation] }
        #expect(hash(build(members: members)) == hash(build(members: members)))
        var changed = members
        changed[1].reference = "gcr.io/knative/queue:1.16"
        #expect(hash(build(members: changed)) != hash(build(members: members)))
        #expect(hash(build(members: members, configuration: .init(groupSize: 5))) == hash(build(members: members)))
        #expect(hash(build(members: members, configuration: .init(tolerations: .none))) != hash(build(members: members)))
    }

    @Test func poolsSortAndDedupeCredentials() {
        #expect(pool.pullSecrets == ["reg-a", "reg-b"])
        let same = CachePool(namespace: "team-a", serviceAccountName: "puller", pullSecrets: ["reg-a", "reg-b"], nodeSelector: ["pool": "serving"])
        #expect(same.identity == pool.identity)
        let other = CachePool(namespace: "team-a", serviceAccountName: nil, pullSecrets: ["reg-a", "reg-b"], nodeSelector: ["pool": "serving"])
        #expect(other.id(imageClass: "thaw.dev") != pool.id(imageClass: "thaw.dev"))
        #expect(pool.id(imageClass: "a") != pool.id(imageClass: "b"))
    }

    @Test func theCRDFileIsTheDefinition() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../crds/images.caching.internal.knative.dev.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(try JSONValue.parseYAML(text) == ImageCRD.definition.json, "regenerate crds/ with `thaw crds`")
    }
}

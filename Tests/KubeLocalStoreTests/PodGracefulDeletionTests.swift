import Foundation
import KubeAPI
import Testing

@testable import KubeLocalStore

@Suite("Pod graceful deletion")
struct PodGracefulDeletionTests {
    let store: ObjectStore
    let lifecycle: ObjectLifecycle
    let pods = PodGracefulDeletion.pods

    init() throws {
        store = try ObjectStore()
        lifecycle = ObjectLifecycle(store: store, clock: fixedClock)
    }

    func pod(_ name: String, node: String? = "node-1", grace: Int64? = 30, phase: String = "Running", finalizers: [String] = []) -> JSONValue {
        var object: JSONValue = ["apiVersion": "v1", "kind": "Pod", "metadata": ["name": .string(name), "namespace": "default", "uid": .string("uid-\(name)")]]
        if let node { object[path: ["spec", "nodeName"]] = .string(node) }
        if let grace { object[path: ["spec", "terminationGracePeriodSeconds"]] = .int(grace) }
        object[path: ["status", "phase"]] = .string(phase)
        if !finalizers.isEmpty { object[path: ["metadata", "finalizers"]] = .array(finalizers.map { .string($0) }) }
        return object
    }

    @Test func aBoundRunningPodIsMarkedForItsTerminationGracePeriodAndKept() throws {
        _ = try store.create(pods, key("a"), pod("a"))
        guard case .pending(let marked) = try lifecycle.delete(pods, key("a")) else { Issue.record("expected the pod to stay"); return }
        #expect(marked.object["metadata"]?["deletionTimestamp"] == "2024-05-01T12:00:30Z")
        #expect(marked.object["metadata"]?["deletionGracePeriodSeconds"] == 30)
        #expect(store.get(pods, key("a")) != nil)

        // A status update (the kubelet's) does not finish the deletion.
        let updated = try lifecycle.update(pods, key("a")) { current in
            var object = current.object
            object[path: ["status", "phase"]] = "Running"
            object[path: ["status", "podIP"]] = "10.244.0.5"
            return object
        }
        #expect(updated.change != .deleted)

        // A longer or equal grace period changes nothing; a shorter one moves the deadline.
        let again = try lifecycle.delete(pods, key("a"), options: DeleteOptions(gracePeriodSeconds: 60))
        #expect(again.object.object["metadata"]?["deletionGracePeriodSeconds"] == 30)
        let shorter = try lifecycle.delete(pods, key("a"), options: DeleteOptions(gracePeriodSeconds: 10))
        #expect(shorter.object.object["metadata"]?["deletionTimestamp"] == "2024-05-01T12:00:10Z")
        #expect(shorter.object.object["metadata"]?["deletionGracePeriodSeconds"] == 10)

        // The kubelet's final delete (grace 0, uid precondition) removes it.
        guard case .deleted = try lifecycle.delete(pods, key("a"), options: DeleteOptions(preconditionUID: "uid-a", gracePeriodSeconds: 0)) else {
            Issue.record("expected the pod to go"); return
        }
        #expect(store.get(pods, key("a")) == nil)
    }

    @Test func theRequestedGracePeriodWinsOverTheSpec() throws {
        _ = try store.create(pods, key("a"), pod("a"))
        let outcome = try lifecycle.delete(pods, key("a"), options: DeleteOptions(gracePeriodSeconds: 5))
        #expect(outcome.object.object["metadata"]?["deletionGracePeriodSeconds"] == 5)
    }

    @Test func unboundFinishedAndForcedPodsGoAtOnce() throws {
        _ = try store.create(pods, key("pending"), pod("pending", node: nil))
        _ = try store.create(pods, key("done"), pod("done", phase: "Succeeded"))
        _ = try store.create(pods, key("forced"), pod("forced"))
        _ = try store.create(pods, key("nograce"), pod("nograce", grace: nil))
        for (name, options) in [("pending", DeleteOptions()), ("done", DeleteOptions()), ("forced", DeleteOptions(gracePeriodSeconds: 0)), ("nograce", DeleteOptions())] {
            guard case .deleted = try lifecycle.delete(pods, key(name), options: options) else {
                Issue.record("expected \(name) to go at once"); continue
            }
        }
        #expect(try store.list(pods, namespace: "default", limit: nil, continueToken: nil, where: { _ in true }).items.isEmpty)
    }

    @Test func finalizersKeepAPodUntilTheyAreRemovedAfterItsGracePeriodEnds() throws {
        _ = try store.create(pods, key("a"), pod("a", finalizers: ["example.com/hold"]))
        _ = try lifecycle.delete(pods, key("a"))
        // Removing the finalizer while the grace period runs keeps the pod.
        let cleared = try lifecycle.update(pods, key("a")) { current in
            var object = current.object
            object.finalizers = []
            return object
        }
        #expect(cleared.change != .deleted)
        #expect(store.get(pods, key("a"))?.object.finalizers == [])
        guard case .deleted = try lifecycle.delete(pods, key("a"), options: DeleteOptions(gracePeriodSeconds: 0)) else {
            Issue.record("expected the pod to go"); return
        }
    }

    @Test func aPodWithFinalizersDeletedWithoutGraceWaitsForThem() throws {
        _ = try store.create(pods, key("a"), pod("a", finalizers: ["example.com/hold"]))
        let outcome = try lifecycle.delete(pods, key("a"), options: DeleteOptions(gracePeriodSeconds: 0))
        guard case .pending(let marked) = outcome else { Issue.record("expected pending"); return }
        #expect(marked.object["metadata"]?["deletionGracePeriodSeconds"] == 0)
        let cleared = try lifecycle.update(pods, key("a")) { current in
            var object = current.object
            object.finalizers = []
            return object
        }
        #expect(cleared.change == .deleted)
    }
}

import ControllerRuntime
import KubeAPI
import Synchronization
import Testing
@testable import ImageCaching

/// The per-version memo of Image admission and the removal waiters of the group reconciler.
@Suite struct AdmissionMemoTests {
    func image(uid: String = "u1", version: String = "1", reference: String = "nginx:1.25", secret: String? = nil) -> Image {
        var image = Image(name: "web", namespace: "default")
        image.metadata.uid = uid
        image.metadata.resourceVersion = version
        image.spec.image = reference
        if let secret { image.spec.imagePullSecrets = [LocalObjectReference(json: ["name": .string(secret)])] }
        return image
    }

    @Test func theMemoComputesOncePerUidAndVersionUntilForgotten() {
        let memo = ObjectVersionMemo<Int>()
        let computed = Mutex(0)
        func value(_ metadata: ObjectMeta) -> Int {
            memo.value(for: metadata) { computed.withLock { $0 += 1; return $0 } }
        }
        #expect(value(image().metadata) == 1)
        #expect(value(image().metadata) == 1)
        #expect(value(image(version: "2").metadata) == 2)
        #expect(value(image(uid: "u2").metadata) == 3)
        #expect(memo.count == 2)
        memo.forget(uid: "u1")
        #expect(value(image(version: "2").metadata) == 4)
        var unversioned = image().metadata
        unversioned.resourceVersion = nil
        #expect(value(unversioned) == 5 && value(unversioned) == 6)  // never remembered
    }

    @Test func aNewVersionIsAdmittedAfreshAndSecretsAreCheckedOnEveryCall() {
        let secretExists = Mutex(false)
        let admission = ImageAdmission(
            configuration: ImageCacheConfiguration(), secretExists: { _, _ in secretExists.withLock { $0 } }, serviceAccount: { _, _ in nil })
        #expect(admission.pool(of: image(reference: "Bad Ref")).failureReason == "InvalidImageName")
        #expect(admission.pool(of: image(version: "2")).failureReason == nil)  // fixed in a new version

        let withSecret = image(uid: "u3", secret: "registry")
        #expect(admission.pool(of: withSecret).failureReason == "PullSecretMissing")
        secretExists.withLock { $0 = true }  // same Image version, the Secret appeared
        #expect(admission.pool(of: withSecret).failureReason == nil)
    }

    @Test func removalWaitersWakeOnTheDeletionOrWhenAlreadyGone() async {
        let waiters = RemovalWaiters()
        let key = ObjectKey(namespace: "default", name: "image-cache-x-0")
        await waiters.waitForRemoval(of: key) { false }  // already gone: returns at once

        let present = Mutex(true)
        let waiting = Task { await waiters.waitForRemoval(of: key) { present.withLock { $0 } } }
        present.withLock { $0 = false }  // the store drops it, then the informer reports it
        waiters.removed(key)
        await waiting.value

        let cancelled = Task { await waiters.waitForRemoval(of: key) { true } }
        cancelled.cancel()
        await cancelled.value
    }
}

extension Result where Failure == ImageProblem {
    /// The problem's reason, nil on success.
    var failureReason: String? {
        if case .failure(let problem) = self { return problem.reason }
        return nil
    }
}

import Foundation
import Testing
@testable import KubeAPI

@Suite struct KnativeTests {
    @Test func decodesAnImageAsKnativeServingCreatesIt() throws {
        var image = try Image(jsonString: #"""
            {"apiVersion":"caching.internal.knative.dev/v1alpha1","kind":"Image",
             "metadata":{"name":"hello-00001-cache-user-container","namespace":"default",
               "labels":{"serving.knative.dev/revision":"hello-00001"}},
             "spec":{"image":"gcr.io/knative-samples/helloworld-go@sha256:5ea96ba4b8","serviceAccountName":"default",
               "imagePullSecrets":[{"name":"regcred"}]}}
            """#)
        #expect(image.spec.image == "gcr.io/knative-samples/helloworld-go@sha256:5ea96ba4b8")
        #expect(image.spec.imagePullSecrets.map(\.name) == ["regcred"])
        image.status.observedGeneration = 1
        image.status.conditions.set(Condition(type: "Ready", status: .unknown, reason: "Pulling"),
            now: Date(timeIntervalSince1970: 1_700_000_000))
        #expect(image.json["status"] == [
            "observedGeneration": 1,
            "conditions": [["type": "Ready", "status": "Unknown", "reason": "Pulling", "lastTransitionTime": "2023-11-14T22:13:20Z"]],
        ])
        #expect(Image.apiVersion == "caching.internal.knative.dev/v1alpha1")
        #expect(Image.shortNames == ["img"])
    }

    @Test func decodesAPodAutoscaler() throws {
        let pa = try PodAutoscaler(jsonString: #"""
            {"apiVersion":"autoscaling.internal.knative.dev/v1alpha1","kind":"PodAutoscaler",
             "metadata":{"name":"hello-00001","namespace":"default","annotations":{"autoscaling.knative.dev/class":"kpa.autoscaling.knative.dev"}},
             "spec":{"containerConcurrency":10,"protocolType":"http1","reachability":"Reachable",
               "scaleTargetRef":{"apiVersion":"apps/v1","kind":"Deployment","name":"hello-00001-deployment"}},
             "status":{"actualScale":2,"desiredScale":3,"metricsServiceName":"hello-00001-private","serviceName":"hello-00001",
               "observedGeneration":1,"conditions":[{"type":"Active","status":"True","severity":""},{"type":"Ready","status":"True"}]}}
            """#)
        #expect(pa.spec.containerConcurrency == 10)
        #expect(pa.spec.scaleTargetRef.kind == "Deployment")
        #expect(pa.spec.scaleTargetRef.name == "hello-00001-deployment")
        #expect(pa.spec.reachability == "Reachable")
        #expect(pa.status.desiredScale == 3)
        #expect(pa.status.actualScale == 2)
        #expect(pa.status.conditions.isTrue("Active"))
        #expect(pa.status.conditions[0].severity == "")
        #expect(pa.metadata.annotations["autoscaling.knative.dev/class"] == "kpa.autoscaling.knative.dev")
        #expect(PodAutoscaler.plural == "podautoscalers" && PodAutoscaler.shortNames == ["kpa", "pa"])
    }
}

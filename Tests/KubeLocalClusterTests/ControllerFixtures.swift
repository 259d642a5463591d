import Foundation
import KubeAPI
@testable import KubeLocalCluster

func webTemplate(image: String = "web:1") -> PodTemplateSpec {
    var template = PodTemplateSpec()
    template.metadata.labels = ["app": "web"]
    var container = Container()
    container.name = "app"
    container.image = image
    var port = ContainerPort()
    port.name = "http"
    port.containerPort = 8080
    container.ports = [port]
    template.spec.containers = [container]
    return template
}

func makeReplicaSet(replicas: Int, name: String = "web-abc") -> ReplicaSet {
    var replicaSet = ReplicaSet(name: name, namespace: "default")
    replicaSet.metadata.uid = "uid-\(name)"
    replicaSet.metadata.generation = 2
    replicaSet.spec.replicas = replicas
    replicaSet.spec.selector = LabelSelector(matchLabels: ["app": "web"])
    replicaSet.spec.template = webTemplate()
    return replicaSet
}

func makeDeployment(replicas: Int, image: String = "web:1") -> Deployment {
    var deployment = Deployment(name: "web", namespace: "default")
    deployment.metadata.uid = "uid-deploy-web"
    deployment.metadata.generation = 1
    deployment.spec.replicas = replicas
    deployment.spec.selector = LabelSelector(matchLabels: ["app": "web"])
    deployment.spec.template = webTemplate(image: image)
    return deployment
}

func makeService() -> Service {
    var service = Service(name: "web", namespace: "default")
    service.metadata.uid = "uid-svc-web"
    service.metadata.labels = ["team": "a"]
    service.spec.selector = ["app": "web"]
    var port = ServicePort()
    port.name = "http"
    port.port = 80
    port.targetPort = .string("http")
    port.protocol = "TCP"
    service.spec.ports = [port]
    return service
}

/// Marks a pod as running and ready on `node` with `ip`, ready since `readySince`.
func running(_ pod: Pod, name: String, node: String, ip: String, ready: Bool = true, readySince: Date = t0) -> Pod {
    var pod = pod
    pod.metadata.name = name
    pod.metadata.uid = "uid-\(name)"
    pod.metadata.creationTimestamp = pod.metadata.creationTimestamp ?? t0
    pod.spec.nodeName = node
    pod.status.phase = .running
    pod.status.podIP = ip
    var condition = Condition(type: "Ready", status: ready ? .true : .false)
    condition.lastTransitionTime = readySince
    pod.status.conditions = [condition]
    return pod
}

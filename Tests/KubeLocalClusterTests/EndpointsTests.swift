import Foundation
import KubeAPI
import Testing
@testable import KubeLocalCluster

@Suite struct EndpointsTests {
    func backends() -> [Pod] {
        let template = makePod("t", labels: ["app": "web"])
        var withPort = template
        var port = ContainerPort()
        port.name = "http"
        port.containerPort = 8080
        withPort.spec.containers[0].ports = [port]
        return [
            running(withPort, name: "web-b", node: "node-2", ip: "10.244.1.2"),
            running(withPort, name: "web-a", node: "node-1", ip: "10.244.0.2"),
            running(withPort, name: "web-c", node: "node-3", ip: "10.244.2.2", ready: false),
            running(template, name: "no-port", node: "node-3", ip: "10.244.2.3"),
        ]
    }

    @Test func readyAndNotReadyAddressesWithResolvedPorts() throws {
        let endpoints = try #require(EndpointsBuilder.endpoints(for: makeService(), pods: backends()))
        #expect(endpoints.metadata.name == "web")
        #expect(endpoints.metadata.labels == ["team": "a"])
        let subset = try #require(endpoints.subsets.first)
        #expect(endpoints.subsets.count == 1)
        #expect(subset.addresses.compactMap(\.ip) == ["10.244.0.2", "10.244.1.2"])
        #expect(subset.addresses.first?.targetRef?.name == "web-a")
        #expect(subset.addresses.first?.nodeName == "node-1")
        #expect(subset.notReadyAddresses.compactMap(\.ip) == ["10.244.2.2"])
        #expect(subset.ports.first?.port == 8080)
        #expect(subset.ports.first?.name == "http")
    }

    @Test func aNotReadyNodesPodsLeaveTheReadyAddresses() throws {
        var pods = backends()
        for index in pods.indices where pods[index].spec.nodeName == "node-1" {
            pods[index] = NodeLifecycle.markedNotReady(pods[index], now: at(40)) ?? pods[index]
        }
        #expect(NodeLifecycle.markedNotReady(pods[1], now: at(41)) == nil)  // already not ready: nothing to write
        let endpoints = try #require(EndpointsBuilder.endpoints(for: makeService(), pods: pods))
        #expect(endpoints.subsets.first?.addresses.compactMap(\.ip) == ["10.244.1.2"])
        #expect(endpoints.subsets.first?.notReadyAddresses.compactMap(\.ip) == ["10.244.0.2", "10.244.2.2"])
    }

    @Test func terminatingPodsLeaveEndpointsButStayInSlicesAsTerminating() throws {
        var pods = backends()
        pods[0].metadata.deletionTimestamp = at(50)
        let endpoints = try #require(EndpointsBuilder.endpoints(for: makeService(), pods: pods))
        #expect(endpoints.subsets.first?.addresses.compactMap(\.ip) == ["10.244.0.2"])
        let slices = try #require(EndpointSliceBuilder.slices(for: makeService(), pods: pods, nodes: makeNodes()))
        let terminating = try #require(slices.first?.endpoints.first { $0.addresses == ["10.244.1.2"] })
        #expect(terminating.conditions.terminating == true)
        #expect(terminating.conditions.ready == false)
        #expect(terminating.conditions.serving == true)
    }

    @Test func endpointSlicesCarryConditionsZonesAndLabels() throws {
        let slices = try #require(EndpointSliceBuilder.slices(for: makeService(), pods: backends(), nodes: makeNodes()))
        #expect(slices.count == 1)
        let slice = try #require(slices.first)
        #expect(slice.metadata.generateName == "web-")
        #expect(slice.metadata.labels == ["team": "a", "kubernetes.io/service-name": "web", "endpointslice.kubernetes.io/managed-by": "endpointslice-controller.k8s.io"])
        #expect(slice.metadata.controllerReference?.uid == "uid-svc-web")
        #expect(slice.addressType == "IPv4")
        #expect(slice.endpoints.map(\.addresses) == [["10.244.0.2"], ["10.244.1.2"], ["10.244.2.2"]])
        #expect(slice.endpoints.map(\.conditions.ready) == [true, true, false])
        #expect(slice.endpoints.map(\.zone) == ["zone-a", "zone-b", "zone-c"])
        #expect(slice.ports.first?.port == 8080)
    }

    @Test func sliceChunksAndPlan() throws {
        let template = makePod("t", labels: ["app": "web"])
        var service = makeService()
        service.spec.ports[0].targetPort = .int(9000)
        let pods = (0..<250).map { running(template, name: "p\($0)", node: "node-1", ip: "10.244.\($0 / 200).\($0 % 200 + 2)") }
        let desired = try #require(EndpointSliceBuilder.slices(for: service, pods: pods, nodes: []))
        #expect(desired.map(\.endpoints.count) == [100, 100, 50])
        var existing = desired.prefix(2).enumerated().map { index, slice in
            var named = slice
            named.metadata.name = "web-\(index)"
            return named
        }
        existing[1].endpoints = []
        var extra = desired[0]
        extra.metadata.name = "web-z"
        existing.append(extra)
        let plan = EndpointSliceBuilder.plan(desired: desired, existing: existing)
        #expect(plan.update.compactMap(\.metadata.name) == ["web-1", "web-z"])
        #expect(plan.create.isEmpty)
        #expect(plan.delete.isEmpty)
        let shrink = EndpointSliceBuilder.plan(desired: Array(desired.prefix(1)), existing: existing)
        #expect(shrink.delete.compactMap(\.metadata.name) == ["web-1", "web-z"])
    }

    @Test func servicesWithoutSelectorAreLeftAlone() {
        var service = makeService()
        service.spec.selector = [:]
        #expect(EndpointsBuilder.endpoints(for: service, pods: backends()) == nil)
        #expect(EndpointSliceBuilder.slices(for: service, pods: backends(), nodes: []) == nil)
    }
}

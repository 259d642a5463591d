import KubeAPI
import Testing

@testable import KubeProtobuf

/// Protobuf wire-format rules the decoder follows beyond what kubectl happens to write.
@Suite struct WireFormatTests {
    private static let plainConfigMap = ProtobufWriter.body(apiVersion: "v1", kind: "ConfigMap") { cm in
        cm.message(1) { $0.string(1, "c") }
        cm.stringMap(2, ["a": "1"])
    }

    @Test func unknownFieldsOfEveryWireTypeAreSkipped() throws {
        let body = ProtobufWriter.body(apiVersion: "v1", kind: "ConfigMap") { cm in
            cm.int(900, 12345)
            cm.message(1) { meta in
                meta.double(901, 1.5)
                meta.string(1, "c")
                meta.key(902, 5)
                meta.appendRaw([1, 2, 3, 4])
            }
            cm.string(903, "future field")
            cm.stringMap(2, ["a": "1"])
        }
        #expect(try KubernetesProtobuf.decode(body) == KubernetesProtobuf.decode(Self.plainConfigMap))
    }

    @Test func singularMessagesMergeAndLastScalarWins() throws {
        let body = ProtobufWriter.body(apiVersion: "v1", kind: "ConfigMap") { cm in
            cm.message(1) { $0.string(1, "first"); $0.stringMap(11, ["x": "1"]) }
            cm.message(1) { $0.string(1, "c"); $0.stringMap(11, ["y": "2"]) }
        }
        let decoded = try KubernetesProtobuf.decode(body)
        #expect(decoded[path: ["metadata", "name"]] == "c")
        #expect(decoded[path: ["metadata", "labels"]] == ["x": "1", "y": "2"])
    }

    @Test func packedAndUnpackedRepeatedNumbersBothDecode() throws {
        for packed in [false, true] {
            let body = ProtobufWriter.body(apiVersion: "v1", kind: "Pod") { pod in
                pod.message(2) { spec in
                    spec.message(14) { security in
                        if packed {
                            var values = ProtobufWriter()
                            for group in [1, 300, -1] as [Int64] { values.rawVarint(UInt64(bitPattern: group)) }
                            security.data(4, values.bytes)
                        } else {
                            for group in [1, 300, -1] as [Int64] { security.int(4, group) }
                        }
                    }
                }
            }
            let decoded = try KubernetesProtobuf.decode(body)
            #expect(decoded[path: ["spec", "securityContext", "supplementalGroups"]] == [1, 300, -1])
        }
    }

    @Test func negativeInt32AndLargeInt64() throws {
        let body = ProtobufWriter.body(apiVersion: "v1", kind: "Pod") { pod in
            pod.message(1) { $0.int(7, Int64.max) }
            pod.message(2) { spec in spec.int(25, -5); spec.int(4, -1) }
        }
        let decoded = try KubernetesProtobuf.decode(body)
        #expect(decoded[path: ["metadata", "generation"]] == .int(Int64.max))
        #expect(decoded[path: ["spec", "priority"]] == -5)
        #expect(decoded[path: ["spec", "terminationGracePeriodSeconds"]] == -1)
    }

    @Test func goZeroValueRules() throws {
        // Pointer zero is written; non-pointer omitempty zero is left out; non-omitempty zero stays.
        let body = ProtobufWriter.body(apiVersion: "v1", kind: "Pod") { pod in
            pod.message(2) { spec in
                spec.message(2) { container in
                    container.string(1, "")
                    container.message(6) { port in port.int(2, 0); port.int(3, 0) }
                }
                spec.bool(11, false)
                spec.bool(21, false)
                spec.message(22) { $0.int(5, 0) }
            }
        }
        let spec = try #require(try KubernetesProtobuf.decode(body)["spec"])
        #expect(spec["containers"] == [["name": "", "ports": [["containerPort": 0]], "resources": [:]]])
        #expect(spec["hostNetwork"] == nil)
        #expect(spec["automountServiceAccountToken"] == false)
        #expect(spec["tolerations"] == [["tolerationSeconds": 0]])
    }

    @Test func jsonPayloadInsideTheEnvelope() throws {
        let body = ProtobufWriter.body(apiVersion: "example.com/v1", kind: "Widget", contentType: "application/json") {
            $0.appendRaw(Array(#"{"spec":{"size":3}}"#.utf8))
        }
        #expect(try KubernetesProtobuf.decode(body) == ["apiVersion": "example.com/v1", "kind": "Widget", "spec": ["size": 3]])
    }

    @Test func canDecodeListsTheSupportedKinds() {
        for (apiVersion, kind) in [("v1", "Pod"), ("v1", "Namespace"), ("apps/v1", "Deployment"), ("batch/v1", "CronJob"),
                                   ("coordination.k8s.io/v1", "Lease"), ("autoscaling/v1", "Scale"),
                                   ("policy/v1", "PodDisruptionBudget"), ("rbac.authorization.k8s.io/v1", "ClusterRoleBinding"),
                                   ("networking.k8s.io/v1", "Ingress"), ("v1", "DeleteOptions"), ("batch/v1", "DeleteOptions")] {
            #expect(KubernetesProtobuf.canDecode(apiVersion: apiVersion, kind: kind), "\(apiVersion) \(kind)")
        }
        #expect(!KubernetesProtobuf.canDecode(apiVersion: "v1", kind: "Deployment"))
        #expect(!KubernetesProtobuf.canDecode(apiVersion: "example.com/v1", kind: "Widget"))
    }

    @Test func tableCompilesAndEveryKindResolves() throws {
        let table = try MessageTable.shared.get()
        #expect(table.messages.count > 300)
        #expect(table.kinds.count >= 40)
        let podSpec = try #require(table.messages.first { $0.name == "core.v1.PodSpec" })
        #expect(podSpec.slot(forNumber: 2).map { podSpec.fields[$0].jsonName } == "containers")
        #expect(podSpec.slot(forNumber: 20).map { podSpec.fields[$0].jsonName } == "initContainers")
    }
}

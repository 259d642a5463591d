import KubeAPI
import Testing

@testable import KubeProtobuf

/// Kinds kubectl does not create with typed clients, encoded by hand with Kubernetes' field
/// numbers; the expected JSON follows Go's encoding of the same objects.
@Suite struct HandEncodedKindTests {
    private func expectDecodes(_ body: [UInt8], to json: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let decoded = try KubernetesProtobuf.decode(body)
        let expected = try JSONValue.parse(json)
        #expect(decoded == expected, "\(decoded.prettyJSONString())", sourceLocation: sourceLocation)
    }

    private static func metadata(_ w: inout ProtobufWriter, name: String, namespace: String? = nil) {
        w.message(1) { meta in
            meta.string(1, name)
            if let namespace { meta.string(3, namespace) }
            meta.int(7, 0)
            meta.message(8) { _ in }  // zero creationTimestamp, as Go writes it
        }
    }

    @Test func leaseWithMicroTimes() throws {
        let body = ProtobufWriter.body(apiVersion: "coordination.k8s.io/v1", kind: "Lease") { lease in
            Self.metadata(&lease, name: "leader", namespace: "kube-system")
            lease.message(2) { spec in
                spec.string(1, "node-a")
                spec.int(2, 15)
                spec.time(3, seconds: 1_700_000_000, nanos: 123_456_789)
                spec.time(4, seconds: 1_700_000_010)
                spec.int(5, 0)
            }
        }
        try expectDecodes(body, to: """
            {"apiVersion": "coordination.k8s.io/v1", "kind": "Lease",
             "metadata": {"name": "leader", "namespace": "kube-system", "creationTimestamp": null},
             "spec": {"holderIdentity": "node-a", "leaseDurationSeconds": 15,
                      "acquireTime": "2023-11-14T22:13:20.123456Z", "renewTime": "2023-11-14T22:13:30.000000Z",
                      "leaseTransitions": 0}}
            """)
    }

    @Test func coreEvent() throws {
        let body = ProtobufWriter.body(apiVersion: "v1", kind: "Event") { event in
            Self.metadata(&event, name: "p.1", namespace: "default")
            event.message(2) { ref in
                ref.string(1, "Pod")
                ref.string(2, "default")
                ref.string(3, "p")
                ref.string(4, "uid-1")
                ref.string(5, "v1")
                ref.string(6, "")
                ref.string(7, "spec.containers{c}")
            }
            event.string(3, "Pulled")
            event.string(4, "Pulled image")
            event.message(5) { $0.string(1, "kubelet"); $0.string(2, "node-a") }
            event.time(6, seconds: 0)
            event.message(7) { _ in }
            event.int(8, 2)
            event.string(9, "Normal")
            event.message(10) { _ in }
            event.string(12, "")
            event.string(14, "")
            event.string(15, "")
        }
        try expectDecodes(body, to: """
            {"apiVersion": "v1", "kind": "Event",
             "metadata": {"name": "p.1", "namespace": "default", "creationTimestamp": null},
             "involvedObject": {"kind": "Pod", "namespace": "default", "name": "p", "uid": "uid-1", "apiVersion": "v1",
                                "fieldPath": "spec.containers{c}"},
             "reason": "Pulled", "message": "Pulled image", "source": {"component": "kubelet", "host": "node-a"},
             "firstTimestamp": "1970-01-01T00:00:00Z", "lastTimestamp": null, "count": 2, "type": "Normal",
             "eventTime": null, "reportingComponent": "", "reportingInstance": ""}
            """)
    }

    @Test func nodeWithTaintsConditionsAndQuantities() throws {
        let body = ProtobufWriter.body(apiVersion: "v1", kind: "Node") { node in
            Self.metadata(&node, name: "node-a")
            node.message(2) { spec in
                spec.string(1, "10.0.0.0/24")
                spec.bool(4, true)
                spec.message(5) { taint in
                    taint.string(1, "node.kubernetes.io/unschedulable")
                    taint.string(2, "")
                    taint.string(3, "NoSchedule")
                    taint.time(4, seconds: 1_704_067_200)
                }
                spec.string(7, "10.0.0.0/24")
            }
            node.message(3) { status in
                status.message(1) { $0.string(1, "cpu"); $0.message(2) { $0.string(1, "4") } }
                status.message(1) { $0.string(1, "memory"); $0.message(2) { $0.string(1, "16Gi") } }
                status.message(4) { condition in
                    condition.string(1, "Ready")
                    condition.string(2, "True")
                    condition.time(3, seconds: 1_704_067_200)
                    condition.message(4) { _ in }
                    condition.string(5, "KubeletReady")
                    condition.string(6, "")
                }
                status.message(5) { $0.string(1, "InternalIP"); $0.string(2, "10.0.0.5") }
                status.message(6) { endpoints in endpoints.message(1) { $0.int(1, 10250) } }
                status.message(7) { info in info.string(1, "machine-1"); info.string(10, "amd64") }
            }
        }
        try expectDecodes(body, to: """
            {"apiVersion": "v1", "kind": "Node", "metadata": {"name": "node-a", "creationTimestamp": null},
             "spec": {"podCIDR": "10.0.0.0/24", "unschedulable": true,
                      "taints": [{"key": "node.kubernetes.io/unschedulable", "effect": "NoSchedule", "timeAdded": "2024-01-01T00:00:00Z"}],
                      "podCIDRs": ["10.0.0.0/24"]},
             "status": {"capacity": {"cpu": "4", "memory": "16Gi"},
                        "conditions": [{"type": "Ready", "status": "True", "lastHeartbeatTime": "2024-01-01T00:00:00Z",
                                        "lastTransitionTime": null, "reason": "KubeletReady"}],
                        "addresses": [{"type": "InternalIP", "address": "10.0.0.5"}],
                        "daemonEndpoints": {"kubeletEndpoint": {"Port": 10250}},
                        "nodeInfo": {"machineID": "machine-1", "systemUUID": "", "bootID": "", "kernelVersion": "",
                                     "osImage": "", "containerRuntimeVersion": "", "kubeletVersion": "",
                                     "kubeProxyVersion": "", "operatingSystem": "", "architecture": "amd64"}}}
            """)
    }

    @Test func endpoints() throws {
        let body = ProtobufWriter.body(apiVersion: "v1", kind: "Endpoints") { endpoints in
            Self.metadata(&endpoints, name: "svc", namespace: "default")
            endpoints.message(2) { subset in
                subset.message(1) { address in
                    address.string(1, "10.1.0.4")
                    address.message(2) { $0.string(1, "Pod"); $0.string(3, "p-1") }
                    address.string(3, "")
                    address.string(4, "node-a")
                }
                subset.message(2) { $0.string(1, "10.1.0.5") }
                subset.message(3) { port in port.string(1, "http"); port.int(2, 8080); port.string(3, "TCP") }
            }
        }
        try expectDecodes(body, to: """
            {"apiVersion": "v1", "kind": "Endpoints", "metadata": {"name": "svc", "namespace": "default", "creationTimestamp": null},
             "subsets": [{"addresses": [{"ip": "10.1.0.4", "targetRef": {"kind": "Pod", "name": "p-1"}, "nodeName": "node-a"}],
                          "notReadyAddresses": [{"ip": "10.1.0.5"}],
                          "ports": [{"name": "http", "port": 8080, "protocol": "TCP"}]}]}
            """)
    }

    @Test func scaleOmitsZeroReplicasInSpec() throws {
        let body = ProtobufWriter.body(apiVersion: "autoscaling/v1", kind: "Scale") { scale in
            Self.metadata(&scale, name: "web", namespace: "default")
            scale.message(2) { $0.int(1, 0) }
            scale.message(3) { $0.int(1, 0); $0.string(2, "app=web") }
        }
        try expectDecodes(body, to: """
            {"apiVersion": "autoscaling/v1", "kind": "Scale",
             "metadata": {"name": "web", "namespace": "default", "creationTimestamp": null},
             "spec": {}, "status": {"replicas": 0, "selector": "app=web"}}
            """)
    }

    @Test func deleteOptionsUnderAnyGroupVersion() throws {
        for apiVersion in ["v1", "apps/v1", "meta.k8s.io/v1"] {
            let body = ProtobufWriter.body(apiVersion: apiVersion, kind: "DeleteOptions") { options in
                options.int(1, 0)
                options.message(2) { $0.string(1, "uid-1") }
                options.string(4, "Foreground")
                options.string(5, "All")
            }
            try expectDecodes(body, to: """
                {"apiVersion": "\(apiVersion)", "kind": "DeleteOptions", "gracePeriodSeconds": 0,
                 "preconditions": {"uid": "uid-1"}, "propagationPolicy": "Foreground", "dryRun": ["All"]}
                """)
        }
    }

    @Test func statefulSetWithClaimTemplatesAndIntOrStringStrategy() throws {
        let body = ProtobufWriter.body(apiVersion: "apps/v1", kind: "StatefulSet") { set in
            Self.metadata(&set, name: "db", namespace: "default")
            set.message(2) { spec in
                spec.int(1, 3)
                spec.message(2) { $0.stringMap(1, ["app": "db"]) }
                spec.message(3) { template in
                    template.message(1) { $0.stringMap(11, ["app": "db"]) }
                    template.message(2) { pod in pod.message(2) { $0.string(1, "db"); $0.string(2, "postgres:16") } }
                }
                spec.message(4) { claim in
                    claim.message(1) { $0.string(1, "data") }
                    claim.message(2) { claimSpec in
                        claimSpec.string(1, "ReadWriteOnce")
                        claimSpec.message(2) { resources in
                            resources.message(2) { $0.string(1, "storage"); $0.message(2) { $0.string(1, "10Gi") } }
                        }
                    }
                }
                spec.string(5, "db")
                spec.message(7) { strategy in
                    strategy.string(1, "RollingUpdate")
                    strategy.message(2) { $0.int(1, 1); $0.intOrString(2, string: "25%") }
                }
            }
        }
        try expectDecodes(body, to: """
            {"apiVersion": "apps/v1", "kind": "StatefulSet",
             "metadata": {"name": "db", "namespace": "default", "creationTimestamp": null},
             "spec": {"replicas": 3, "selector": {"matchLabels": {"app": "db"}},
                      "template": {"metadata": {"labels": {"app": "db"}, "creationTimestamp": null},
                                   "spec": {"containers": [{"name": "db", "image": "postgres:16", "resources": {}}]}},
                      "volumeClaimTemplates": [{"metadata": {"name": "data", "creationTimestamp": null},
                                                "spec": {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "10Gi"}}},
                                                "status": {}}],
                      "serviceName": "db",
                      "updateStrategy": {"type": "RollingUpdate", "rollingUpdate": {"partition": 1, "maxUnavailable": "25%"}}},
             "status": {"replicas": 0, "availableReplicas": 0}}
            """)
    }

    @Test func controllerRevisionEmbedsJSONAndProtobufObjects() throws {
        let inner = ProtobufWriter.body(apiVersion: "v1", kind: "ConfigMap") { cm in
            cm.message(1) { $0.string(1, "inner") }
            cm.stringMap(2, ["k": "v"])
        }
        for (raw, data) in [(Array(#"{"spec":{"x":1}}"#.utf8), #"{"spec": {"x": 1}}"#),
                            (inner, #"{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "inner", "creationTimestamp": null}, "data": {"k": "v"}}"#)] {
            let body = ProtobufWriter.body(apiVersion: "apps/v1", kind: "ControllerRevision") { revision in
                revision.message(1) { $0.string(1, "web-1") }
                revision.message(2) { $0.data(1, raw) }
                revision.int(3, 7)
            }
            try expectDecodes(body, to: """
                {"apiVersion": "apps/v1", "kind": "ControllerRevision", "metadata": {"name": "web-1", "creationTimestamp": null},
                 "data": \(data), "revision": 7}
                """)
        }
    }

    @Test func managedFieldsAndOwnerReferences() throws {
        let body = ProtobufWriter.body(apiVersion: "v1", kind: "ConfigMap") { cm in
            cm.message(1) { meta in
                meta.string(1, "c")
                meta.message(13) { owner in
                    owner.string(1, "Deployment")
                    owner.string(3, "web")
                    owner.string(4, "uid-9")
                    owner.string(5, "apps/v1")
                    owner.bool(6, true)
                    owner.bool(7, false)
                }
                meta.string(14, "example.com/cleanup")
                meta.message(17) { entry in
                    entry.string(1, "kubectl")
                    entry.string(2, "Apply")
                    entry.string(3, "v1")
                    entry.time(4, seconds: 1_704_067_200)
                    entry.string(6, "FieldsV1")
                    entry.message(7) { $0.data(1, Array(#"{"f:data":{"f:k":{}}}"#.utf8)) }
                }
            }
        }
        try expectDecodes(body, to: """
            {"apiVersion": "v1", "kind": "ConfigMap",
             "metadata": {"name": "c", "creationTimestamp": null,
                          "ownerReferences": [{"apiVersion": "apps/v1", "kind": "Deployment", "name": "web", "uid": "uid-9",
                                               "controller": true, "blockOwnerDeletion": false}],
                          "finalizers": ["example.com/cleanup"],
                          "managedFields": [{"manager": "kubectl", "operation": "Apply", "apiVersion": "v1",
                                             "time": "2024-01-01T00:00:00Z", "fieldsType": "FieldsV1",
                                             "fieldsV1": {"f:data": {"f:k": {}}}}]}}
            """)
    }

    @Test func serviceWithNamedTargetPort() throws {
        let body = ProtobufWriter.body(apiVersion: "v1", kind: "Service") { service in
            Self.metadata(&service, name: "web", namespace: "default")
            service.message(2) { spec in
                spec.message(1) { port in
                    port.string(1, "https")
                    port.string(2, "TCP")
                    port.int(3, 443)
                    port.intOrString(4, string: "https")
                    port.int(5, 0)
                }
                spec.stringMap(2, ["app": "web"])
                spec.string(4, "LoadBalancer")
                spec.bool(20, false)
            }
            service.message(3) { status in status.message(1) { lb in lb.message(1) { $0.string(1, "192.0.2.1") } } }
        }
        try expectDecodes(body, to: """
            {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web", "namespace": "default", "creationTimestamp": null},
             "spec": {"ports": [{"name": "https", "protocol": "TCP", "port": 443, "targetPort": "https"}],
                      "selector": {"app": "web"}, "type": "LoadBalancer", "allocateLoadBalancerNodePorts": false},
             "status": {"loadBalancer": {"ingress": [{"ip": "192.0.2.1"}]}}}
            """)
    }

    @Test func evictionCarriesDeleteOptions() throws {
        let body = ProtobufWriter.body(apiVersion: "policy/v1", kind: "Eviction") { eviction in
            Self.metadata(&eviction, name: "p", namespace: "default")
            eviction.message(2) { options in options.int(1, 30) }
        }
        try expectDecodes(body, to: """
            {"apiVersion": "policy/v1", "kind": "Eviction",
             "metadata": {"name": "p", "namespace": "default", "creationTimestamp": null},
             "deleteOptions": {"gracePeriodSeconds": 30}}
            """)
    }
}

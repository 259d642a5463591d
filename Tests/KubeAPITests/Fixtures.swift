/// Objects as `kubectl get -o json` prints them from a real cluster (v1.30), used by the decode tests.
enum Fixtures {
    static let deployment = #"""
        {
            "apiVersion": "apps/v1",
            "kind": "Deployment",
            "metadata": {
                "annotations": {
                    "deployment.kubernetes.io/revision": "2",
                    "kubectl.kubernetes.io/last-applied-configuration": "{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"metadata\":{\"annotations\":{},\"name\":\"web\",\"namespace\":\"default\"}}\n"
                },
                "creationTimestamp": "2024-05-14T09:12:31Z",
                "generation": 3,
                "labels": {"app": "web"},
                "managedFields": [
                    {
                        "apiVersion": "apps/v1",
                        "fieldsType": "FieldsV1",
                        "fieldsV1": {"f:spec": {"f:replicas": {}, "f:template": {"f:spec": {"k:{\"name\":\"web\"}": {".": {}, "f:image": {}}}}}},
                        "manager": "kubectl-client-side-apply",
                        "operation": "Update",
                        "time": "2024-05-14T09:15:02Z"
                    },
                    {
                        "apiVersion": "apps/v1",
                        "fieldsType": "FieldsV1",
                        "fieldsV1": {"f:status": {"f:availableReplicas": {}, "f:conditions": {}}},
                        "manager": "kube-controller-manager",
                        "operation": "Update",
                        "subresource": "status",
                        "time": "2024-05-14T09:15:20Z"
                    }
                ],
                "name": "web",
                "namespace": "default",
                "resourceVersion": "48211",
                "uid": "6b7f3c7e-5a0f-4c53-9a3a-0f6f0b2d9c11"
            },
            "spec": {
                "progressDeadlineSeconds": 600,
                "replicas": 3,
                "revisionHistoryLimit": 10,
                "selector": {"matchLabels": {"app": "web"}},
                "strategy": {
                    "rollingUpdate": {"maxSurge": "25%", "maxUnavailable": "25%"},
                    "type": "RollingUpdate"
                },
                "template": {
                    "metadata": {
                        "creationTimestamp": null,
                        "labels": {"app": "web"}
                    },
                    "spec": {
                        "containers": [
                            {
                                "image": "nginx:1.25",
                                "imagePullPolicy": "IfNotPresent",
                                "name": "web",
                                "ports": [{"containerPort": 80, "name": "http", "protocol": "TCP"}],
                                "resources": {
                                    "limits": {"memory": "256Mi"},
                                    "requests": {"cpu": "100m", "memory": "128Mi"}
                                },
                                "terminationMessagePath": "/dev/termination-log",
                                "terminationMessagePolicy": "File"
                            }
                        ],
                        "dnsPolicy": "ClusterFirst",
                        "restartPolicy": "Always",
                        "schedulerName": "default-scheduler",
                        "securityContext": {},
                        "terminationGracePeriodSeconds": 30
                    }
                }
            },
            "status": {
                "availableReplicas": 3,
                "conditions": [
                    {
                        "lastTransitionTime": "2024-05-14T09:12:33Z",
                        "lastUpdateTime": "2024-05-14T09:12:33Z",
                        "message": "Deployment has minimum availability.",
                        "reason": "MinimumReplicasAvailable",
                        "status": "True",
                        "type": "Available"
                    },
                    {
                        "lastTransitionTime": "2024-05-14T09:12:31Z",
                        "lastUpdateTime": "2024-05-14T09:15:20Z",
                        "message": "ReplicaSet \"web-7d4b9c8f6d\" has successfully progressed.",
                        "reason": "NewReplicaSetAvailable",
                        "status": "True",
                        "type": "Progressing"
                    }
                ],
                "observedGeneration": 3,
                "readyReplicas": 3,
                "replicas": 3,
                "updatedReplicas": 3
            }
        }
        """#

    static let pod = #"""
        {
            "apiVersion": "v1",
            "kind": "Pod",
            "metadata": {
                "creationTimestamp": "2024-05-14T09:15:03Z",
                "generateName": "web-7d4b9c8f6d-",
                "labels": {"app": "web", "pod-template-hash": "7d4b9c8f6d"},
                "name": "web-7d4b9c8f6d-x2kq9",
                "namespace": "default",
                "ownerReferences": [
                    {
                        "apiVersion": "apps/v1",
                        "blockOwnerDeletion": true,
                        "controller": true,
                        "kind": "ReplicaSet",
                        "name": "web-7d4b9c8f6d",
                        "uid": "0f3e2c1a-8a43-4d1e-b8f5-3c2a1d0e9f77"
                    }
                ],
                "resourceVersion": "48190",
                "uid": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f"
            },
            "spec": {
                "affinity": {
                    "nodeAffinity": {
                        "requiredDuringSchedulingIgnoredDuringExecution": {
                            "nodeSelectorTerms": [
                                {"matchExpressions": [{"key": "kubernetes.io/arch", "operator": "In", "values": ["amd64", "arm64"]}]}
                            ]
                        }
                    }
                },
                "containers": [
                    {
                        "image": "nginx:1.25",
                        "imagePullPolicy": "IfNotPresent",
                        "name": "web",
                        "ports": [{"containerPort": 80, "name": "http", "protocol": "TCP"}],
                        "resources": {"limits": {"memory": "256Mi"}, "requests": {"cpu": "100m", "memory": "128Mi"}},
                        "terminationMessagePath": "/dev/termination-log",
                        "terminationMessagePolicy": "File",
                        "volumeMounts": [
                            {"mountPath": "/cache", "name": "cache"},
                            {"mountPath": "/var/run/secrets/kubernetes.io/serviceaccount", "name": "kube-api-access-8xq2p", "readOnly": true}
                        ]
                    }
                ],
                "initContainers": [
                    {
                        "command": ["sh", "-c", "echo warming"],
                        "image": "busybox:1.36",
                        "imagePullPolicy": "Always",
                        "name": "warm",
                        "resources": {"requests": {"cpu": "500m"}}
                    }
                ],
                "dnsPolicy": "ClusterFirst",
                "enableServiceLinks": true,
                "nodeName": "worker-2",
                "nodeSelector": {"kubernetes.io/os": "linux"},
                "preemptionPolicy": "PreemptLowerPriority",
                "priority": 0,
                "restartPolicy": "Always",
                "schedulerName": "default-scheduler",
                "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}},
                "serviceAccount": "default",
                "serviceAccountName": "default",
                "terminationGracePeriodSeconds": 30,
                "tolerations": [
                    {"effect": "NoExecute", "key": "node.kubernetes.io/not-ready", "operator": "Exists", "tolerationSeconds": 300},
                    {"effect": "NoExecute", "key": "node.kubernetes.io/unreachable", "operator": "Exists", "tolerationSeconds": 300}
                ],
                "volumes": [
                    {"emptyDir": {"sizeLimit": "1Gi"}, "name": "cache"},
                    {
                        "name": "kube-api-access-8xq2p",
                        "projected": {
                            "defaultMode": 420,
                            "sources": [{"serviceAccountToken": {"expirationSeconds": 3607, "path": "token"}}]
                        }
                    }
                ]
            },
            "status": {
                "conditions": [
                    {"lastProbeTime": null, "lastTransitionTime": "2024-05-14T09:15:05Z", "status": "True", "type": "Initialized"},
                    {"lastProbeTime": null, "lastTransitionTime": "2024-05-14T09:15:07Z", "status": "True", "type": "Ready"},
                    {"lastProbeTime": null, "lastTransitionTime": "2024-05-14T09:15:03Z", "status": "True", "type": "PodScheduled"}
                ],
                "containerStatuses": [
                    {
                        "containerID": "containerd://4f1c2b3a",
                        "image": "docker.io/library/nginx:1.25",
                        "imageID": "docker.io/library/nginx@sha256:9d1b0e7d",
                        "lastState": {
                            "terminated": {
                                "containerID": "containerd://1a2b3c4d",
                                "exitCode": 137,
                                "finishedAt": "2024-05-14T09:15:05Z",
                                "reason": "OOMKilled",
                                "startedAt": "2024-05-14T09:15:04Z"
                            }
                        },
                        "name": "web",
                        "ready": true,
                        "restartCount": 1,
                        "started": true,
                        "state": {"running": {"startedAt": "2024-05-14T09:15:06Z"}}
                    }
                ],
                "hostIP": "10.0.0.12",
                "hostIPs": [{"ip": "10.0.0.12"}],
                "initContainerStatuses": [
                    {
                        "image": "docker.io/library/busybox:1.36",
                        "imageID": "",
                        "name": "warm",
                        "ready": false,
                        "restartCount": 0,
                        "state": {"waiting": {"message": "Back-off pulling image \"busybox:1.36\"", "reason": "ImagePullBackOff"}}
                    }
                ],
                "phase": "Running",
                "podIP": "10.244.2.17",
                "podIPs": [{"ip": "10.244.2.17"}],
                "qosClass": "Burstable",
                "startTime": "2024-05-14T09:15:03Z"
            }
        }
        """#
}

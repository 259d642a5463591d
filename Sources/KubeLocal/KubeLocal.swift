// KubeLocal: the local Kubernetes API server (REST, discovery, OpenAPI, CRDs, watch, garbage collection).

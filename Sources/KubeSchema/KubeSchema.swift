// KubeSchema: OpenAPI v3 structural schemas — validation, pruning, defaulting — and the OpenAPI documents kubectl reads (pure).

// KubeLocalStore: the versioned object store behind the local API server — one global resource version, watch history, optional SQLite durability.

import KubeAPI

extension ResourceClient {
    /// Reads the `status` subresource.
    public func getStatus(_ name: String) async throws -> Object {
        Object(json: try await perform(APIRequest(method: .GET, path: try objectPath(name, subresource: "status"))))
    }

    /// Replaces the status (the rest of the object is ignored by the server).
    public func updateStatus(_ object: Object, options: WriteOptions = WriteOptions()) async throws -> Object {
        try await put(object, subresource: "status", options: options)
    }

    /// Patches the status subresource.
    public func patchStatus(_ name: String, _ patch: Patch, options: WriteOptions = WriteOptions()) async throws -> Object {
        Object(json: try await patchJSON(name, patch, subresource: "status", options: options))
    }

    /// Reads the `scale` subresource (`autoscaling/v1 Scale`).
    public func getScale(_ name: String) async throws -> Scale {
        Scale(json: try await perform(APIRequest(method: .GET, path: try objectPath(name, subresource: "scale"))))
    }

    /// Replaces the scale: the desired `spec.replicas`.
    public func updateScale(_ name: String, _ scale: Scale, options: WriteOptions = WriteOptions()) async throws -> Scale {
        let request = APIRequest(method: .PUT, path: try objectPath(name, subresource: "scale"), query: options.query,
                                 body: scale.json.jsonBytes)
        return Scale(json: try await perform(request))
    }

    /// Patches the scale subresource.
    public func patchScale(_ name: String, _ patch: Patch, options: WriteOptions = WriteOptions()) async throws -> Scale {
        Scale(json: try await patchJSON(name, patch, subresource: "scale", options: options))
    }
}

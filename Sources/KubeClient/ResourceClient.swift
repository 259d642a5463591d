import KubeAPI
import NIOHTTP1

/// Operations on one resource (typed or dynamic) in one namespace, or across all namespaces when
/// `namespace` is nil. Every operation throws `KubeAPIError` for an error response (with its
/// `Status`), `KubeClientError` for transport and decoding failures.
///
/// Typed: `client.resource(ConfigMap.self, namespace: "default")`; dynamic:
/// `client.dynamic(GroupVersionResource(...), namespaced: true, namespace: "x")` with
/// `DynamicObject`s.
public struct ResourceClient<Object: KubeObject>: Sendable {
    let transport: HTTPTransport
    public let resource: GroupVersionResource
    public let namespaced: Bool
    /// The namespace operations act in; nil for cluster-scoped resources or all namespaces.
    public let namespace: String?

    init(transport: HTTPTransport, resource: GroupVersionResource, namespaced: Bool, namespace: String?) {
        self.transport = transport
        self.resource = resource
        self.namespaced = namespaced
        self.namespace = namespaced ? namespace : nil
    }

    /// The same resource in another namespace (nil: all namespaces, for list and watch).
    public func inNamespace(_ namespace: String?) -> ResourceClient {
        ResourceClient(transport: transport, resource: resource, namespaced: namespaced, namespace: namespace)
    }

    /// The same resource across all namespaces (for list, watch and reads by namespaced path).
    public var allNamespaces: ResourceClient { inNamespace(nil) }

    // MARK: paths

    func objectPath(_ name: String, namespace: String? = nil, subresource: String? = nil) throws(KubeClientError) -> String {
        guard !name.isEmpty else { throw KubeClientError(.invalidRequest, "a name is required") }
        let chosen = namespaced ? (namespace ?? self.namespace) : nil
        if namespaced && chosen == nil {
            throw KubeClientError(.invalidRequest, "\(resource) is namespaced: a namespace is required")
        }
        return resource.path(namespace: chosen, name: name, subresource: subresource)
    }

    var collectionPath: String { resource.path(namespace: namespace) }

    func objectNamespace(_ object: Object) -> String? {
        object.metadata.namespace.flatMap { $0.isEmpty ? nil : $0 }
    }

    func objectName(_ object: Object) throws(KubeClientError) -> String {
        guard let name = object.metadata.name, !name.isEmpty else {
            throw KubeClientError(.invalidRequest, "metadata.name is required")
        }
        return name
    }

    func perform(_ request: APIRequest) async throws -> JSONValue {
        try ResponseDecoding.json(try await transport.send(request))
    }

    // MARK: read

    /// Reads one object; `resourceVersion` "0" allows a cached read.
    public func get(_ name: String, resourceVersion: String? = nil) async throws -> Object {
        var request = APIRequest(method: .GET, path: try objectPath(name))
        if let resourceVersion { request.query = [("resourceVersion", resourceVersion)] }
        return Object(json: try await perform(request))
    }

    /// Lists objects (one page when `options.limit` is set); items are parsed while the response
    /// arrives.
    public func list(_ options: ListOptions = ListOptions()) async throws -> KubeList<Object> {
        KubeList(json: try await transport.sendList(APIRequest(method: .GET, path: collectionPath, query: options.query)))
    }

    /// Pages of `pageSize` objects, fetched lazily.
    public func listPages(pageSize: Int, _ options: ListOptions = ListOptions()) -> ListPages<Object> {
        var options = options
        options.limit = pageSize
        let client = self
        return ListPages(fetch: { try await client.list($0) }, options: options)
    }

    /// Every object, one at a time, fetched `pageSize` at a time.
    public func listItems(pageSize: Int = 500, _ options: ListOptions = ListOptions()) -> ListItems<Object> {
        ListItems(pages: listPages(pageSize: pageSize, options))
    }

    // MARK: write

    /// Creates an object in its own namespace (or this client's); returns it as stored.
    /// - Throws: `KubeAPIError` with `isAlreadyExists`, `isInvalid`, …
    public func create(_ object: Object, options: WriteOptions = WriteOptions()) async throws -> Object {
        let chosen = namespaced ? (objectNamespace(object) ?? namespace) : nil
        if namespaced && chosen == nil { throw KubeClientError(.invalidRequest, "\(resource) is namespaced: a namespace is required") }
        let request = APIRequest(method: .POST, path: resource.path(namespace: chosen), query: options.query,
                                 body: object.json.jsonBytes)
        return Object(json: try await perform(request))
    }

    /// Replaces an object. With `metadata.resourceVersion` set, a concurrent change gives a
    /// `KubeAPIError` with `isConflict`.
    public func update(_ object: Object, options: WriteOptions = WriteOptions()) async throws -> Object {
        try await put(object, subresource: nil, options: options)
    }

    /// Patches an object; `.apply` needs `options.fieldManager` (and `force` to take over fields).
    public func patch(_ name: String, _ patch: Patch, options: WriteOptions = WriteOptions()) async throws -> Object {
        Object(json: try await patchJSON(name, patch, subresource: nil, options: options))
    }

    /// Server-side apply of `object` (its intended state) as `fieldManager`.
    /// - Throws: `KubeAPIError` with `isConflict` when another manager owns a changed field and
    ///   `force` is false.
    public func apply(_ object: Object, fieldManager: String, force: Bool = false) async throws -> Object {
        let name = try objectName(object)
        var client = self
        if let namespace = objectNamespace(object), namespaced { client = inNamespace(namespace) }
        return try await client.patch(name, .apply(object.json), options: WriteOptions(fieldManager: fieldManager, force: force))
    }

    func patchJSON(_ name: String, _ patch: Patch, subresource: String?, options: WriteOptions) async throws -> JSONValue {
        let request = APIRequest(method: .PATCH, path: try objectPath(name, subresource: subresource), query: options.query,
                                 body: patch.body, contentType: patch.contentType)
        return try await perform(request)
    }

    func put(_ object: Object, subresource: String?, options: WriteOptions) async throws -> Object {
        let path = try objectPath(try objectName(object), namespace: objectNamespace(object), subresource: subresource)
        let request = APIRequest(method: .PUT, path: path, query: options.query, body: object.json.jsonBytes)
        return Object(json: try await perform(request))
    }

    // MARK: delete

    /// Deletes an object. Returns the object when its deletion is still pending (finalizers, a
    /// grace period) or the server returned it, nil when the server answered with a `Status`.
    @discardableResult
    public func delete(_ name: String, options: DeleteOptions = DeleteOptions()) async throws -> Object? {
        let request = APIRequest(method: .DELETE, path: try objectPath(name), body: options.body.jsonBytes)
        let json = try await perform(request)
        return json["kind"]?.stringValue == "Status" ? nil : Object(json: json)
    }

    /// Deletes every object the selectors match in this client's namespace.
    public func deleteCollection(_ listOptions: ListOptions = ListOptions(), options: DeleteOptions = DeleteOptions()) async throws {
        if namespaced && namespace == nil { throw KubeClientError(.invalidRequest, "\(resource) is namespaced: a namespace is required") }
        let request = APIRequest(method: .DELETE, path: collectionPath, query: listOptions.query, body: options.body.jsonBytes)
        _ = try await perform(request)
    }

    // MARK: watch

    /// Watches changes; see `WatchSequence` for the guarantees.
    public func watch(_ options: WatchOptions = WatchOptions(), maximumEventBytes: Int = 256 << 20) -> WatchSequence<Object> {
        let request = APIRequest(method: .GET, path: collectionPath, query: options.query)
        let transport = self.transport
        return WatchSequence(open: { try await transport.open(request) }, maximumEventBytes: maximumEventBytes)
    }
}

import Hummingbird
import KubeAPI
import KubeLocalStore
import ServiceLifecycle

extension ResourceHandler {
    /// What the watch stream's writer receives from its producers.
    enum WatchItem: Sendable {
        case event(StoreEvent)
        /// A bookmark at the store watch's progress when the bookmark was due.
        case bookmark(Int64)
        case failure(APIError)
    }

    /// How a watch starts: with the current state sent as ADDED events (and, for a streaming list,
    /// a closing bookmark), or from a resource version.
    struct WatchStart {
        var initial: [StoredObject]
        /// The keys of `initial` when the watch has selectors (they track what the client sees).
        var initialKeys: [ObjectKey]
        var after: Int64
        var initialEventsEnd: Bool
    }

    /// The size at which the initial events of a watch are written out together.
    static let initialWriteBytes = 64 << 10

    /// GET with `watch=1` (or under `/watch/`): a stream of newline-delimited watch events.
    func watch(_ request: APIRequest) throws(APIError) -> Response {
        let (labels, fields) = try selectors(request)
        let initialFilter = WatchEventFilter(labels: labels, fields: fields, type: request.type)
        let bookmarks = request.flag("allowWatchBookmarks")
        let timeout = try request.integer("timeoutSeconds").flatMap { $0 > 0 ? $0 : nil } ?? settings.defaultWatchTimeoutSeconds
        let start = try watchStart(request, filter: initialFilter)
        let type = request.type
        // Negotiated once: `request.shape` parses the Accept header on every read.
        let shape = request.shape
        let opened: Result<StoreWatch, StoreError> = Result { () throws(StoreError) in
            try store.watch(type.storeKey, namespace: type.namespaced ? request.namespace : nil, after: start.after)
        }
        let table: TableConverter? = if case .table = shape {
            try TableConverter(type: type, include: includeObject(request))
        } else {
            nil
        }
        let settings = self.settings
        let rules = self.rules
        var headers = HTTPFields()
        headers[.contentType] = shape == .object ? "application/json" : shape.contentType
        let handler = self
        let body = ResponseBody { writer in
            var filter = initialFilter
            var lastVersion = start.after
            var headersSent = false
            /// An event line; the stored object is parsed only when the response shape needs it.
            func encode(_ eventType: String, _ stored: StoredObject) -> ByteBuffer {
                if table == nil, shape == .object {
                    return encode(eventType, nil, handler.presentBytes(stored, type))
                }
                return encode(eventType, handler.present(stored.object, type), nil)
            }
            func encode(_ type: String, _ object: JSONValue?, _ json: [UInt8]?) -> ByteBuffer {
                var out: [UInt8] = []
                out.reserveCapacity((json?.count ?? 1024) + 40)
                out.append(contentsOf: #"{"type":""#.utf8)
                out.append(contentsOf: type.utf8)
                out.append(contentsOf: #"","object":"#.utf8)
                if let table, let object, type != "BOOKMARK", type != "ERROR" {
                    var t = table.table([object], now: rules.nowSeconds, withHeaders: !headersSent)
                    if case .table(let v) = shape { t["apiVersion"] = .string("meta.k8s.io/\(v)") }
                    headersSent = true
                    t.write(into: &out)
                } else if case .metadata(let v) = shape, let object, type != "ERROR" {
                    let partial: JSONValue = [
                        "kind": "PartialObjectMetadata", "apiVersion": .string("meta.k8s.io/\(v)"),
                        "metadata": object["metadata"] ?? .emptyObject,
                    ]
                    partial.write(into: &out)
                } else if let json {
                    out += json
                } else {
                    (object ?? .null).write(into: &out)
                }
                out.append(contentsOf: "}\n".utf8)
                return ByteBuffer(bytes: out)
            }
            let storeWatch: StoreWatch
            switch opened {
            case .success(let watch): storeWatch = watch
            case .failure(let error):
                try await writer.write(encode("ERROR", handler.apiError(error, request).status, nil))
                try await writer.finish(nil)
                return
            }
            for key in start.initialKeys { filter.noteInitial(key) }
            // The initial events are all known up front: send them in writes of about
            // `initialWriteBytes` rather than one write (and one flush) per event.
            var batch = ByteBuffer()
            for stored in start.initial {
                var line = encode("ADDED", stored)
                batch.writeBuffer(&line)
                if batch.readableBytes >= Self.initialWriteBytes {
                    try await writer.write(batch)
                    batch = ByteBuffer()
                }
            }
            if start.initialEventsEnd {
                var line = encode("BOOKMARK", handler.bookmarkObject(type, version: start.after, initialEnd: true), nil)
                batch.writeBuffer(&line)
            }
            if batch.readableBytes > 0 { try await writer.write(batch) }
            let (stream, continuation) = AsyncStream<WatchItem>.makeStream(
                bufferingPolicy: .bufferingOldest(settings.watchBufferLimit))
            let registration = handler.activeWatches.register { continuation.finish() }
            defer { handler.activeWatches.unregister(registration) }
            try await withThrowingDiscardingTaskGroup { group in
                group.addTask {
                    do throws(StoreError) {
                        for try await event in storeWatch {
                            if case .dropped = continuation.yield(.event(event)) { break }
                        }
                    } catch {
                        continuation.yield(.failure(handler.apiError(error, request)))
                    }
                    continuation.finish()
                }
                group.addTask {
                    try? await Task.sleep(for: .seconds(timeout))
                    continuation.finish()
                }
                if bookmarks {
                    group.addTask {
                        while !Task.isCancelled {
                            try? await Task.sleep(for: settings.bookmarkInterval)
                            // read before yielding: every change up to it is already in the stream
                            if case .terminated = continuation.yield(.bookmark(storeWatch.progress)) { break }
                        }
                    }
                }
                try await withGracefulShutdownHandler {
                    for await item in stream {
                        switch item {
                        case .event(let event):
                            guard let eventType = filter.eventType(for: event) else { continue }
                            lastVersion = event.object.resourceVersion
                            try await writer.write(encode(eventType, event.object))
                        case .bookmark(let progress):
                            lastVersion = max(lastVersion, progress)
                            try await writer.write(encode("BOOKMARK", handler.bookmarkObject(type, version: lastVersion, initialEnd: false), nil))
                        case .failure(let error):
                            try await writer.write(encode("ERROR", error.status, nil))
                        }
                    }
                } onGracefulShutdown: {
                    continuation.finish()
                }
                storeWatch.cancel()
                group.cancelAll()
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: headers, body: body)
    }

    /// Where a watch starts, after validating the streaming-list parameters.
    func watchStart(_ request: APIRequest, filter: WatchEventFilter) throws(APIError) -> WatchStart {
        let text = request.query["resourceVersion"] ?? ""
        let sendInitial = request.query["sendInitialEvents"].map { $0 == "true" || $0 == "1" }
        if sendInitial != nil {
            guard request.query["resourceVersionMatch"] == "NotOlderThan" else {
                throw APIError.invalid(
                    kind: "ListOptions", group: "meta.k8s.io", name: "",
                    causes: [StatusCause(
                        reason: "FieldValueInvalid",
                        message: "Invalid value: \"\(request.query["resourceVersionMatch"] ?? "")\": sendInitialEvents requires setting resourceVersionMatch to NotOlderThan",
                        field: "resourceVersionMatch")])
            }
        }
        let initial = sendInitial ?? (text.isEmpty || text == "0")
        if !initial {
            guard let after = Int64(text), after >= 0 else {
                throw APIError.badRequest("invalid resource version \"\(text)\"")
            }
            return WatchStart(initial: [], initialKeys: [], after: after, initialEventsEnd: false)
        }
        let type = request.type
        var keys: [ObjectKey] = []
        let listed = try storeCall(request) {
            try store.list(type.storeKey, namespace: type.namespaced ? request.namespace : nil, limit: nil, continueToken: nil) {
                key, stored in
                guard filter.selects else { return true }
                guard filter.matches(key, stored) else { return false }
                keys.append(key)
                return true
            }
        }
        return WatchStart(
            initial: listed.items, initialKeys: keys, after: listed.resourceVersion,
            initialEventsEnd: sendInitial == true && request.flag("allowWatchBookmarks"))
    }

    /// The object of a BOOKMARK event: only kind, apiVersion and the resource version.
    func bookmarkObject(_ type: ResourceType, version: Int64, initialEnd: Bool) -> JSONValue {
        var meta: JSONValue = ["resourceVersion": .string(String(version)), "creationTimestamp": .null]
        if initialEnd { meta["annotations"] = ["k8s.io/initial-events-end": "true"] }
        return ["kind": .string(type.kind), "apiVersion": .string(type.apiVersion), "metadata": meta]
    }
}

/// Options of a watch. `resourceVersion` is sent as a query parameter, so a resumed watch gets
/// every change after that version (or 410 Gone when it is no longer retained).
public struct WatchOptions: Sendable, Hashable {
    public var labelSelector: String?
    public var fieldSelector: String?
    /// Start after this version; nil starts with synthetic ADDED events for current objects.
    public var resourceVersion: String?
    public var resourceVersionMatch: ResourceVersionMatch?
    /// Ask for periodic BOOKMARK events carrying the latest resource version.
    public var allowWatchBookmarks: Bool
    /// The server ends the stream after this long.
    public var timeoutSeconds: Int?
    /// Stream the current state first, then a bookmark annotated as the end of it.
    public var sendInitialEvents: Bool?

    public init(labelSelector: String? = nil, fieldSelector: String? = nil, resourceVersion: String? = nil,
                resourceVersionMatch: ResourceVersionMatch? = nil, allowWatchBookmarks: Bool = false,
                timeoutSeconds: Int? = nil, sendInitialEvents: Bool? = nil) {
        self.labelSelector = labelSelector
        self.fieldSelector = fieldSelector
        self.resourceVersion = resourceVersion
        self.resourceVersionMatch = resourceVersionMatch
        self.allowWatchBookmarks = allowWatchBookmarks
        self.timeoutSeconds = timeoutSeconds
        self.sendInitialEvents = sendInitialEvents
    }

    var query: [(String, String)] {
        var items: [(String, String)] = [("watch", "true")]
        if let labelSelector { items.append(("labelSelector", labelSelector)) }
        if let fieldSelector { items.append(("fieldSelector", fieldSelector)) }
        if let resourceVersion { items.append(("resourceVersion", resourceVersion)) }
        if let resourceVersionMatch { items.append(("resourceVersionMatch", resourceVersionMatch.rawValue)) }
        if allowWatchBookmarks { items.append(("allowWatchBookmarks", "true")) }
        if let timeoutSeconds { items.append(("timeoutSeconds", String(timeoutSeconds))) }
        if let sendInitialEvents { items.append(("sendInitialEvents", String(sendInitialEvents))) }
        return items
    }
}

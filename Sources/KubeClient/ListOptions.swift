/// How `resourceVersion` on a list is interpreted.
public enum ResourceVersionMatch: String, Sendable, Hashable {
    case notOlderThan = "NotOlderThan"
    case exact = "Exact"
}

/// Options of a list: selectors, the resource version to read at, and paging.
public struct ListOptions: Sendable, Hashable {
    /// `app=web,tier!=db`.
    public var labelSelector: String?
    /// `metadata.name=web`.
    public var fieldSelector: String?
    public var resourceVersion: String?
    public var resourceVersionMatch: ResourceVersionMatch?
    /// The page size; nil asks for everything at once.
    public var limit: Int?
    /// The token from a previous page's `metadata.continue`.
    public var continueToken: String?
    public var timeoutSeconds: Int?

    public init(labelSelector: String? = nil, fieldSelector: String? = nil, resourceVersion: String? = nil,
                resourceVersionMatch: ResourceVersionMatch? = nil, limit: Int? = nil, continueToken: String? = nil,
                timeoutSeconds: Int? = nil) {
        self.labelSelector = labelSelector
        self.fieldSelector = fieldSelector
        self.resourceVersion = resourceVersion
        self.resourceVersionMatch = resourceVersionMatch
        self.limit = limit
        self.continueToken = continueToken
        self.timeoutSeconds = timeoutSeconds
    }

    var query: [(String, String)] {
        var items: [(String, String)] = []
        if let labelSelector { items.append(("labelSelector", labelSelector)) }
        if let fieldSelector { items.append(("fieldSelector", fieldSelector)) }
        if let resourceVersion { items.append(("resourceVersion", resourceVersion)) }
        if let resourceVersionMatch { items.append(("resourceVersionMatch", resourceVersionMatch.rawValue)) }
        if let limit { items.append(("limit", String(limit))) }
        if let continueToken { items.append(("continue", continueToken)) }
        if let timeoutSeconds { items.append(("timeoutSeconds", String(timeoutSeconds))) }
        return items
    }
}

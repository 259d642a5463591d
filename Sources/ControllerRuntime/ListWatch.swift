import KubeAPI
import KubeClient

/// How a reflector lists and watches one resource type with one selector: a `ResourceClient` in a
/// namespace (or all), plus label and field selectors applied to both the list and the watch.
public struct ListWatch<Object: KubeObject>: Sendable {
    public let client: ResourceClient<Object>
    public let labelSelector: String?
    public let fieldSelector: String?

    public init(client: ResourceClient<Object>, labelSelector: String? = nil, fieldSelector: String? = nil) {
        self.client = client
        self.labelSelector = labelSelector
        self.fieldSelector = fieldSelector
    }

    /// `resource` in `namespace` or all namespaces, with the selectors: names what a cache holds
    /// (used to share one watch between controllers and in error messages).
    public var identity: String {
        var text = client.resource.description
        text += " namespace=\(client.namespace ?? "*")"
        if let labelSelector { text += " labels=\(labelSelector)" }
        if let fieldSelector { text += " fields=\(fieldSelector)" }
        return text
    }

    func listPages(pageSize: Int) -> ListPages<Object> {
        client.listPages(pageSize: pageSize, ListOptions(labelSelector: labelSelector, fieldSelector: fieldSelector))
    }

    /// A streaming list: the current state as ADDED events, closed by a bookmark annotated
    /// `k8s.io/initial-events-end`, then changes as a normal watch.
    func streamingList(timeout: Duration) -> WatchSequence<Object> {
        client.watch(WatchOptions(labelSelector: labelSelector, fieldSelector: fieldSelector, resourceVersion: "",
                                  resourceVersionMatch: .notOlderThan, allowWatchBookmarks: true,
                                  timeoutSeconds: max(1, Int(timeout.seconds)), sendInitialEvents: true))
    }

    func watch(from resourceVersion: String, timeout: Duration) -> WatchSequence<Object> {
        client.watch(WatchOptions(labelSelector: labelSelector, fieldSelector: fieldSelector, resourceVersion: resourceVersion,
                                  allowWatchBookmarks: true, timeoutSeconds: max(1, Int(timeout.seconds))))
    }
}

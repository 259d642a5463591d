/// One page of a list: items sorted by namespace then name, the resource version the page was read
/// at (every page of a paginated list reports the first page's version), a token for the next page
/// when `limit` cut the list, and how many matching items remain after this page.
public struct ListResult: Sendable {
    public var items: [StoredObject]
    public var resourceVersion: Int64
    public var continueToken: String?
    public var remainingItemCount: Int?

    public init(items: [StoredObject], resourceVersion: Int64, continueToken: String?, remainingItemCount: Int?) {
        self.items = items
        self.resourceVersion = resourceVersion
        self.continueToken = continueToken
        self.remainingItemCount = remainingItemCount
    }
}

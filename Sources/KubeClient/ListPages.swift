import KubeAPI

/// A paginated list as an `AsyncSequence` of pages: each page is fetched with `limit` when the
/// previous one is consumed, following `metadata.continue` until the server returns none.
/// An expired continue token throws a `KubeAPIError` with `isGone`.
public struct ListPages<Object: KubeObject>: AsyncSequence, Sendable {
    public typealias Element = KubeList<Object>

    let fetch: @Sendable (ListOptions) async throws -> KubeList<Object>
    let options: ListOptions

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(fetch: fetch, options: options)
    }

    public struct AsyncIterator: AsyncIteratorProtocol {
        let fetch: @Sendable (ListOptions) async throws -> KubeList<Object>
        var options: ListOptions
        var done = false

        public mutating func next() async throws -> KubeList<Object>? {
            guard !done else { return nil }
            let page = try await fetch(options)
            if let token = page.metadata.continue, !token.isEmpty {
                options.continueToken = token
            } else {
                done = true
            }
            return page
        }
    }
}

/// The items of a paginated list, one at a time, fetching pages as needed.
public struct ListItems<Object: KubeObject>: AsyncSequence, Sendable {
    public typealias Element = Object

    let pages: ListPages<Object>

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(pages: pages.makeAsyncIterator())
    }

    public struct AsyncIterator: AsyncIteratorProtocol {
        var pages: ListPages<Object>.AsyncIterator
        var items: [Object] = []
        var index = 0

        public mutating func next() async throws -> Object? {
            while index >= items.count {
                guard let page = try await pages.next() else { return nil }
                items = page.items
                index = 0
            }
            defer { index += 1 }
            return items[index]
        }
    }
}

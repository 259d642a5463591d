/// How a `Store` holds the objects it caches. Either way reads return typed objects, see one
/// consistent state, and indexes, transforms and events behave the same; only memory and the cost
/// of a read differ.
public enum StoreRepresentation: Sendable, Hashable {
    /// Decoded documents (the default): a read returns the cached value itself, at no cost; an
    /// object takes about 3× its JSON size (a dictionary per JSON object, a string allocation per
    /// long value: ≈ 4.4 KB for a ConfigMap of 1.5 KB).
    case objects
    /// Each object's compact JSON bytes: about its JSON size (the JSON of a 10,000-ConfigMap
    /// cache takes less than half the memory of `objects`), but every read (`get`, `list`, an
    /// index lookup, each object an event hands to a handler) parses the object again, which
    /// costs a few microseconds per kilobyte. For large caches that are read rarely or by key.
    case compact
}

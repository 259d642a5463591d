import KubeAPI

/// A filter deciding whether an event should trigger a reconcile (controller-runtime's predicates).
///
/// Ready-made predicates only filter updates unless their doc says otherwise: additions and
/// deletions always pass `generationChanged`, `labelsChanged` and `annotationsChanged`, so a
/// controller never misses an object's appearance or disappearance. Combine with `and`, `or`, `not`
/// (or `&&`, `||`, `!`).
public struct Predicate<Object: KubeObject>: Sendable {
    private let evaluate: @Sendable (ResourceEvent<Object>) -> Bool

    /// A predicate from a function of the whole event.
    public init(_ evaluate: @escaping @Sendable (ResourceEvent<Object>) -> Bool) { self.evaluate = evaluate }

    /// Whether `event` passes.
    public func callAsFunction(_ event: ResourceEvent<Object>) -> Bool { evaluate(event) }

    /// Passes every event.
    public static var always: Self { Self { _ in true } }

    /// A predicate on the object alone (the new object for updates), applied to every event.
    public static func matching(_ test: @escaping @Sendable (Object) -> Bool) -> Self {
        Self { test($0.object) }
    }

    /// Updates pass only when `metadata.generation` changed (status-only writes are filtered).
    public static var generationChanged: Self {
        updatesOnly { $0.metadata.generation != $1.metadata.generation }
    }

    /// Updates pass only when the labels changed.
    public static var labelsChanged: Self { updatesOnly { $0.metadata.labels != $1.metadata.labels } }

    /// Updates pass only when the annotations changed.
    public static var annotationsChanged: Self { updatesOnly { $0.metadata.annotations != $1.metadata.annotations } }

    /// Events whose object's labels match `selector` (for updates, the old or the new object, so a
    /// controller sees an object leave the selection).
    public static func labels(_ selector: @escaping @Sendable ([String: String]) -> Bool) -> Self {
        Self { event in
            if case .updated(let old, let new) = event { return selector(old.metadata.labels) || selector(new.metadata.labels) }
            return selector(event.object.metadata.labels)
        }
    }

    /// Events whose object has label `key` (with `value`, if given).
    public static func hasLabel(_ key: String, value: String? = nil) -> Self {
        labels { labels in labels[key].map { value == nil || $0 == value } ?? false }
    }

    /// Events whose object has annotation `key` (with `value`, if given).
    public static func hasAnnotation(_ key: String, value: String? = nil) -> Self {
        matching { object in object.metadata.annotations[key].map { value == nil || $0 == value } ?? false }
    }

    /// The class-annotation filter (as ingress classes): objects whose annotation `key` equals
    /// `className`, and those without the annotation when `includeUnset`.
    public static func classAnnotation(_ key: String, className: String, includeUnset: Bool = false) -> Self {
        matching { object in
            guard let value = object.metadata.annotations[key] else { return includeUnset }
            return value == className
        }
    }

    /// Both must pass.
    public func and(_ other: Self) -> Self { Self { self($0) && other($0) } }
    /// Either must pass.
    public func or(_ other: Self) -> Self { Self { self($0) || other($0) } }
    /// The negation.
    public func not() -> Self { Self { !self($0) } }

    public static func && (a: Self, b: Self) -> Self { a.and(b) }
    public static func || (a: Self, b: Self) -> Self { a.or(b) }
    public static prefix func ! (a: Self) -> Self { a.not() }

    /// Additions and deletions pass; updates pass when `changed(old, new)`.
    private static func updatesOnly(_ changed: @escaping @Sendable (Object, Object) -> Bool) -> Self {
        Self { event in
            if case .updated(let old, let new) = event { return changed(old, new) }
            return true
        }
    }
}

/// A path to a value inside an object in the API server's notation: `spec.items[2].name`.
struct FieldPath: Sendable, Equatable, CustomStringConvertible {
    private(set) var description: String = ""

    func child(_ name: String) -> FieldPath {
        FieldPath(description: description.isEmpty ? name : "\(description).\(name)")
    }

    func index(_ index: Int) -> FieldPath {
        FieldPath(description: "\(description)[\(index)]")
    }
}

/// What one revision asks of the subsetting algorithm.
///
/// `size` is the subset size N already decided (see `SubsetSize`); 0 means "every ready
/// activator", as in Knative. `load` is the expected load, split evenly among the subset's
/// members. `previous` is the subset the revision had before (activator ids, possibly naming
/// activators that are gone): the only memory an algorithm is given.
public struct RevisionDemand: Sendable, Hashable {
    public var key: String
    public var size: Int
    public var load: Double
    public var previous: [String]

    public init(key: String, size: Int, load: Double = 1, previous: [String] = []) {
        self.key = key
        self.size = size
        self.load = load
        self.previous = previous
    }
}

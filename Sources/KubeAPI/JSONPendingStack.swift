/// A last-in-first-out buffer the JSON parser gathers members and elements on before moving a
/// closed container's run of them out in one step.
///
/// Values are moved in and out, never copied, so building a document does no reference counting
/// beyond creating its values. The buffer grows geometrically and is freed with the stack; it is
/// owned by exactly one parser (non-copyable), so no other code can reach its memory.
struct JSONPendingStack<Element>: ~Copyable {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(1, capacity)
        self.base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    mutating func push(_ element: consuming Element) {
        if count == capacity { grow() }
        (base + count).initialize(to: element)
        count += 1
    }

    /// Moves the elements from `start` to the top out, bottom first, and pops them.
    mutating func popRun(from start: Int, _ body: (consuming Element) -> Void) {
        for position in start..<count { body((base + position).move()) }
        count = start
    }

    /// Moves the elements from `start` to the top into an array of exactly that size and pops them.
    mutating func popArray(from start: Int) -> [Element] {
        let runLength = count - start
        let source = base + start
        let array = [Element](unsafeUninitializedCapacity: runLength) { buffer, initialized in
            if let destination = buffer.baseAddress { destination.moveInitialize(from: source, count: runLength) }
            initialized = runLength
        }
        count = start
        return array
    }

    private mutating func grow() {
        let newCapacity = capacity * 2
        let newBase = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        newBase.moveInitialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}

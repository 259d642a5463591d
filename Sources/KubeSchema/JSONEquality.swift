import KubeAPI

/// JSON value equality as the validator needs it: numbers compare by value (`1` equals `1.0`).
enum JSONEquality {
    static func equal(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.int, .double), (.double, .int), (.double, .double): return a.doubleValue == b.doubleValue
        case (.array(let x), .array(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
        case (.object(let x), .object(let y)):
            return x.count == y.count && x.allSatisfy { key, value in y[key].map { equal(value, $0) } ?? false }
        default: return a == b
        }
    }

    /// Whether two elements are equal (quadratic, as `uniqueItems` is in kube-openapi).
    static func hasDuplicates(_ elements: [JSONValue]) -> Bool {
        for i in elements.indices {
            for j in elements.indices where j > i {
                if equal(elements[i], elements[j]) { return true }
            }
        }
        return false
    }
}

import KubeAPI

/// One decoded JSON patch operation, applied in place.
struct JSONPatchOperation {
    enum Kind: String { case add, remove, replace, move, copy, test }

    let kind: Kind
    let path: JSONPointer
    let from: JSONPointer?
    let value: JSONValue?
    let index: Int

    init(_ op: JSONValue, index: Int) throws(PatchError) {
        self.index = index
        guard case .object(let members) = op else {
            throw PatchError("JSON patch operation \(index) must be an object, got \(op.typeName)", isMalformed: true)
        }
        guard let name = members["op"]?.stringValue else {
            throw PatchError("JSON patch operation \(index) has no \"op\" string")
        }
        guard let kind = Kind(rawValue: name) else {
            throw PatchError("JSON patch operation \(index) has unknown op \"\(name)\"")
        }
        self.kind = kind
        guard let pathText = members["path"]?.stringValue else {
            throw PatchError("JSON patch operation \(index) (\(name)) has no \"path\" string")
        }
        path = try JSONPointer(pathText)
        switch kind {
        case .move, .copy:
            guard let fromText = members["from"]?.stringValue else {
                throw PatchError("JSON patch operation \(index) (\(name)) has no \"from\" string")
            }
            from = try JSONPointer(fromText)
        default:
            from = nil
        }
        switch kind {
        case .add, .replace, .test:
            guard let v = members["value"] else {
                throw PatchError("JSON patch operation \(index) (\(name) \(pathText)) has no \"value\"")
            }
            value = v
        default:
            value = nil
        }
    }

    func apply(to document: inout JSONValue) throws(PatchError) {
        switch kind {
        case .add:
            try JSONPatchOperation.insert(value ?? .null, at: path.tokens[...], in: &document, op: self)
        case .remove:
            _ = try JSONPatchOperation.remove(at: path.tokens[...], in: &document, op: self)
        case .replace:
            if path.tokens.isEmpty {
                document = value ?? .null
                return
            }
            _ = try JSONPatchOperation.remove(at: path.tokens[...], in: &document, op: self)
            try JSONPatchOperation.insert(value ?? .null, at: path.tokens[...], in: &document, op: self)
        case .move:
            guard let from else { return }
            if from == path { return }
            if path.hasPrefix(from) {
                throw failure("cannot move \(from) into its own child \(path)")
            }
            let moved = try JSONPatchOperation.remove(at: from.tokens[...], in: &document, op: self)
            try JSONPatchOperation.insert(moved, at: path.tokens[...], in: &document, op: self)
        case .copy:
            guard let from else { return }
            let copied = try JSONPatchOperation.value(at: from, in: document, op: self)
            try JSONPatchOperation.insert(copied, at: path.tokens[...], in: &document, op: self)
        case .test:
            if value == .null, JSONPatchOperation.isMissingMember(path, in: document) { return }
            let actual = try JSONPatchOperation.value(at: path, in: document, op: self)
            if !actual.sameValue(as: value ?? .null) {
                throw PatchError("JSON patch operation \(index) (test \(path)) failed: value is \(actual.jsonString), expected \((value ?? .null).jsonString)",
                                 isConflict: true)
            }
        }
    }

    func failure(_ detail: String) -> PatchError {
        PatchError("JSON patch operation \(index) (\(kind.rawValue) \(path)): \(detail)")
    }

    /// Whether `pointer` names an absent member of an existing object: kube-apiserver's JSON patch
    /// library lets `test` with value `null` succeed there.
    static func isMissingMember(_ pointer: JSONPointer, in document: JSONValue) -> Bool {
        guard let last = pointer.tokens.last else { return false }
        var current = document
        for token in pointer.tokens.dropLast() {
            switch current {
            case .object(let members):
                guard let next = members[token] else { return false }
                current = next
            case .array(let elements):
                guard let i = JSONPointer.index(token, count: elements.count, allowEnd: false) else { return false }
                current = elements[i]
            default:
                return false
            }
        }
        guard case .object(let members) = current else { return false }
        return members[last] == nil
    }

    static func value(at pointer: JSONPointer, in document: JSONValue, op: JSONPatchOperation) throws(PatchError) -> JSONValue {
        var current = document
        for token in pointer.tokens {
            switch current {
            case .object(let members):
                guard let next = members[token] else { throw op.failure("path \(pointer) does not exist (no member \"\(token)\")") }
                current = next
            case .array(let elements):
                guard let i = JSONPointer.index(token, count: elements.count, allowEnd: false) else {
                    throw op.failure("path \(pointer) does not exist (no index \"\(token)\" in an array of \(elements.count))")
                }
                current = elements[i]
            default:
                throw op.failure("path \(pointer) does not exist (\"\(token)\" inside a \(current.typeName))")
            }
        }
        return current
    }

    static func insert(_ value: JSONValue, at tokens: ArraySlice<String>, in target: inout JSONValue,
                       op: JSONPatchOperation) throws(PatchError) {
        guard let token = tokens.first else {
            target = value
            return
        }
        let rest = tokens.dropFirst()
        switch target {
        case .object(var members):
            if rest.isEmpty {
                members[token] = value
            } else {
                guard var child = members[token] else {
                    throw op.failure("parent of \(op.path) does not exist (no member \"\(token)\")")
                }
                members[token] = nil
                try insert(value, at: rest, in: &child, op: op)
                members[token] = child
            }
            target = .object(members)
        case .array(var elements):
            if rest.isEmpty {
                let position = token == "-" ? elements.count : JSONPointer.index(token, count: elements.count, allowEnd: true)
                guard let position else {
                    throw op.failure("index \"\(token)\" is out of bounds for an array of \(elements.count)")
                }
                elements.insert(value, at: position)
            } else {
                guard let i = JSONPointer.index(token, count: elements.count, allowEnd: false) else {
                    throw op.failure("parent of \(op.path) does not exist (no index \"\(token)\" in an array of \(elements.count))")
                }
                try insert(value, at: rest, in: &elements[i], op: op)
            }
            target = .array(elements)
        default:
            throw op.failure("cannot add inside a \(target.typeName) at \"\(token)\"")
        }
    }

    /// Removes and returns the value at `tokens`; the path must exist.
    static func remove(at tokens: ArraySlice<String>, in target: inout JSONValue,
                       op: JSONPatchOperation) throws(PatchError) -> JSONValue {
        guard let token = tokens.first else {
            throw op.failure("cannot remove the whole document")
        }
        let rest = tokens.dropFirst()
        switch target {
        case .object(var members):
            guard var child = members[token] else {
                throw op.failure("path does not exist (no member \"\(token)\")")
            }
            let removed: JSONValue
            if rest.isEmpty {
                members[token] = nil
                removed = child
            } else {
                members[token] = nil
                removed = try remove(at: rest, in: &child, op: op)
                members[token] = child
            }
            target = .object(members)
            return removed
        case .array(var elements):
            guard let i = JSONPointer.index(token, count: elements.count, allowEnd: false) else {
                throw op.failure("path does not exist (no index \"\(token)\" in an array of \(elements.count))")
            }
            let removed: JSONValue
            if rest.isEmpty {
                removed = elements.remove(at: i)
            } else {
                removed = try remove(at: rest, in: &elements[i], op: op)
            }
            target = .array(elements)
            return removed
        default:
            throw op.failure("path does not exist (\"\(token)\" inside a \(target.typeName))")
        }
    }
}

/// Formats apply conflicts the way kube-apiserver's field manager does.
enum ConflictMessage {
    static func text(_ conflicts: [ApplyConflict]) -> String {
        if conflicts.count == 1, let only = conflicts.first {
            return "Apply failed with 1 conflict: conflict with \(managerDescription(only)): \(only.field)"
        }
        var byManager: [String: [ApplyConflict]] = [:]
        for conflict in conflicts { byManager[conflict.manager, default: []].append(conflict) }
        var lines: [String] = []
        for manager in byManager.keys.sorted() {
            guard let group = byManager[manager], let first = group.first else { continue }
            lines.append("conflicts with \(managerDescription(first)):")
            for conflict in group { lines.append("- \(conflict.field)") }
        }
        return "Apply failed with \(conflicts.count) conflicts: " + lines.joined(separator: "\n")
    }

    /// `"mgr"`, plus `with subresource "status"`, plus `using apps/v1` for Update managers. The
    /// time is never shown: the server prints the manager identifier, which carries no time.
    static func managerDescription(_ conflict: ApplyConflict) -> String {
        var text = quoted(conflict.manager)
        if let subresource = conflict.subresource, !subresource.isEmpty {
            text += " with subresource \(quoted(subresource))"
        }
        if conflict.operation == "Update" {
            text += " using \(conflict.apiVersion)"
        }
        return text
    }

    /// A Go `%q`-style quoted string.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }
}

extension ApplyConflict {
    /// The message of this conflict's `FieldManagerConflict` status cause (`conflict with "mgr" …`);
    /// the cause's `field` is `self.field`.
    public var causeMessage: String { "conflict with \(ConflictMessage.managerDescription(self))" }
}

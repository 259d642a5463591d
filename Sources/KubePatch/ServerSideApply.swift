import KubeAPI

/// Server-side apply (`application/apply-patch+yaml`) and the managedFields bookkeeping of every write.
///
/// Each field manager owns a set of fields, recorded in `metadata.managedFields` in the FieldsV1
/// format (`f:<name>`, `k:{<keys>}`, `v:<value>`, `i:<index>`, `.`). `apply` merges a manager's
/// configuration into the live object, fails with `ApplyError.conflicts` when the configuration
/// changes a field another manager owns (unless `force`, which takes ownership), and removes fields
/// the manager applied before but no longer applies, unless another manager still owns them.
/// `recordUpdate` records an ordinary create/update/patch as an `Update` entry.
public enum ServerSideApply {
    /// Applies `configuration` for `manager`; returns the new object with metadata.managedFields updated.
    /// Fields the manager owned before and no longer applies are removed unless another manager owns them.
    /// `strategies: nil` finds the built-in strategies from the configuration's apiVersion and
    /// kind, or treats an unknown kind as schemaless (maps granular, lists atomic).
    /// `time` is the RFC 3339 timestamp written into this manager's entry.
    /// - Throws: `ApplyError.conflicts` (409) naming the other managers' fields the configuration
    ///   would change, unless `force`; `ApplyError.invalid` for a configuration that is not an
    ///   object, sets managedFields, repeats a list key or omits a key field of a keyed list.
    public static func apply(_ configuration: JSONValue, to live: JSONValue?, manager: String, force: Bool,
                             strategies: PatchStrategies?, time: String, apiVersion: String) throws(ApplyError) -> JSONValue {
        try apply(configuration, to: live, manager: manager, subresource: nil, force: force, strategies: strategies,
                  time: time, apiVersion: apiVersion)
    }

    /// `apply` through a subresource (`kubectl apply --server-side --subresource=status`): the
    /// manager's entry records the subresource and is distinct from its main-resource entry.
    public static func apply(_ configuration: JSONValue, to live: JSONValue?, manager: String, subresource: String?,
                             force: Bool, strategies: PatchStrategies?, time: String, apiVersion: String) throws(ApplyError) -> JSONValue {
        try apply(configuration, to: live, manager: manager, subresource: subresource, force: force, strategies: strategies,
                  ignoredFields: [], time: time, apiVersion: apiVersion)
    }

    /// `apply` with the fields the endpoint resets (kube-apiserver's reset fields, e.g. `[["status"]]`
    /// for a main resource, `[["spec"], ["metadata"]]` for `/status`): they are neither owned nor
    /// reported as conflicts. The caller still restores their values after the apply.
    public static func apply(_ configuration: JSONValue, to live: JSONValue?, manager: String, subresource: String?,
                             force: Bool, strategies: PatchStrategies?, ignoredFields: [[String]], time: String,
                             apiVersion: String) throws(ApplyError) -> JSONValue {
        let resolved = strategies ?? PatchStrategies.builtIn(for: configuration, apiVersion: apiVersion)
        let applier = Applier(schema: resolved?.root ?? .unknown, manager: manager,
                              subresource: (subresource ?? "").isEmpty ? nil : subresource,
                              ignored: FieldSet(fieldPaths: ignoredFields), time: time, apiVersion: apiVersion)
        return try applier.apply(configuration, to: live, force: force)
    }

    /// Records a non-apply write (create/update/patch) by `manager` in managedFields (operation
    /// "Update"), taking ownership of the fields it changed away from others.
    public static func recordUpdate(old: JSONValue?, new: JSONValue, manager: String, subresource: String?,
                                    time: String, apiVersion: String) -> JSONValue {
        UpdateRecorder.record(old: old, new: new, manager: manager, subresource: subresource, time: time,
                              apiVersion: apiVersion, strategies: nil, ignored: FieldSet())
    }

    /// `recordUpdate` with explicit strategies (a CRD's schema); `nil` finds the built-in
    /// strategies from the object's apiVersion and kind, or treats an unknown kind as schemaless.
    public static func recordUpdate(old: JSONValue?, new: JSONValue, manager: String, subresource: String?,
                                    time: String, apiVersion: String, strategies: PatchStrategies?) -> JSONValue {
        UpdateRecorder.record(old: old, new: new, manager: manager, subresource: subresource, time: time,
                              apiVersion: apiVersion, strategies: strategies, ignored: FieldSet())
    }

    /// `recordUpdate` with the fields the endpoint resets (see `apply(…ignoredFields:…)`): changes
    /// there are not recorded for anyone.
    public static func recordUpdate(old: JSONValue?, new: JSONValue, manager: String, subresource: String?,
                                    time: String, apiVersion: String, strategies: PatchStrategies?,
                                    ignoredFields: [[String]]) -> JSONValue {
        UpdateRecorder.record(old: old, new: new, manager: manager, subresource: subresource, time: time,
                              apiVersion: apiVersion, strategies: strategies, ignored: FieldSet(fieldPaths: ignoredFields))
    }

    /// `new` with `old`'s managedFields timestamps when nothing else differs (same entries, same
    /// object), as kube-apiserver does before writing, so re-applying an unchanged configuration
    /// is a no-op. Otherwise returns `new` unchanged.
    public static func ignoringTimestampOnlyChanges(old: JSONValue?, new: JSONValue) -> JSONValue {
        TimestampOnlyChanges.restore(old: old, new: new)
    }

    /// The message of the 409 Conflict the real server sends, e.g.
    /// `Apply failed with 1 conflict: conflict with "mgr" using apps/v1: .spec.replicas`.
    public static func conflictMessage(_ conflicts: [ApplyConflict]) -> String {
        ConflictMessage.text(conflicts)
    }
}

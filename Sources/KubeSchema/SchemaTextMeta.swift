/// The compact schema language the built-in kinds are written in, read by `SchemaCatalog`:
///
///     @io.k8s.api.core.v1                       sets the package of the definitions below
///     Pod gvk=/v1/Pod : description             a definition (object unless type=…), kinds as gvk=group/version/Kind
///       spec PodSpec required : description     a field: name, type, flags, description
///
/// Types: string, boolean, int32, int64, integer, double, byte, object, any, []T, map[T], or a
/// definition name (short, same package first; or full). Field flags: required, merge=KEY
/// (x-kubernetes-patch-merge-key), strategy=S (x-kubernetes-patch-strategy), list=atomic|set|map,
/// keys=a,b (x-kubernetes-list-map-keys), map=atomic|granular, enum=A|B, format=F. Definition
/// flags: gvk=…, type=T, format=F, untyped, preserve, map=….
enum SchemaText {
    static let all = [meta, core, coreWorkloads, coreNetworking, apps, others, apiextensions]

    static let meta = """
        @io.k8s.apimachinery.pkg.api.resource
        Quantity type=string : A fixed-point amount such as 100m, 1.5, 2Gi or 1e3, written as a string.
        @io.k8s.apimachinery.pkg.util.intstr
        IntOrString type=string format=int-or-string : Either an integer or a string.
        @io.k8s.apimachinery.pkg.runtime
        RawExtension preserve : An embedded object of any kind.
        @io.k8s.apimachinery.pkg.apis.meta.v1
        Time type=string format=date-time : A timestamp in RFC 3339 form, to the second.
        MicroTime type=string format=date-time : A timestamp in RFC 3339 form, to the microsecond.
        FieldsV1 : The set of fields a manager owns, in the compact fieldsV1 trie format.
        ObjectMeta : Metadata every persisted object has: name, namespace, labels, annotations, ownership and bookkeeping set by the server.
          name string : Unique name within the namespace (or the cluster, for cluster-scoped kinds). Cannot be updated.
          generateName string : Prefix from which the server generates a unique name when name is empty.
          namespace string : Namespace the object lives in; empty for cluster-scoped kinds. Cannot be updated.
          uid string : Server-assigned unique identifier of this incarnation of the object. Read-only.
          resourceVersion string : Opaque version of the object, changed on every write; used for optimistic concurrency and watches. Read-only.
          generation int64 : Sequence number of the desired state, incremented by the server when the spec changes. Read-only.
          creationTimestamp Time : Time the object was created. Read-only.
          deletionTimestamp Time : Time after which the object is deleted, set when deletion is requested. Read-only.
          deletionGracePeriodSeconds int64 : Seconds the object is allowed to terminate gracefully. Read-only.
          labels map[string] : Key/value pairs used to organize and select objects.
          annotations map[string] : Key/value pairs holding arbitrary non-identifying metadata.
          ownerReferences []OwnerReference merge=uid strategy=merge list=map keys=uid : Objects this object depends on; it is garbage-collected when all owners are gone.
          finalizers []string strategy=merge list=set : Entries that must be removed before the object is deleted.
          managedFields []ManagedFieldsEntry list=atomic : Which field manager owns which fields, for server-side apply.
        ListMeta : Metadata of a list response.
          resourceVersion string : Version of the collection at the time it was read, for watching from this point.
          continue string : Token to request the next page of a paginated list.
          remainingItemCount int64 : Number of items after this page, when known.
          selfLink string : Deprecated and unset.
        OwnerReference map=atomic : Identifies an owning object in the same namespace.
          apiVersion string required : API version of the owner.
          kind string required : Kind of the owner.
          name string required : Name of the owner.
          uid string required : UID of the owner.
          controller boolean : Whether this owner is the managing controller.
          blockOwnerDeletion boolean : Whether foreground deletion of the owner waits for this object.
        ManagedFieldsEntry : The fields one manager owns and how it last wrote them.
          manager string : Name of the field manager.
          operation string : Apply or Update.
          apiVersion string : Version of the object the fields refer to.
          time Time : When the manager last changed its fields.
          fieldsType string : Format of fieldsV1; always FieldsV1.
          fieldsV1 FieldsV1 : The owned fields.
          subresource string : Subresource the manager wrote through, if any.
        LabelSelector map=atomic : Selects objects by label; all conditions must hold, an empty selector matches everything.
          matchLabels map[string] : Labels that must match exactly.
          matchExpressions []LabelSelectorRequirement list=atomic : Set-based requirements on labels.
        LabelSelectorRequirement : A requirement on one label key.
          key string required merge=key strategy=merge : The label key.
          operator string required : In, NotIn, Exists or DoesNotExist.
          values []string list=atomic : Values for In and NotIn; empty for Exists and DoesNotExist.
        Condition : One aspect of an object's current state.
          type string required : Kind of condition, in CamelCase.
          status string required enum=True|False|Unknown : Whether the condition holds.
          observedGeneration int64 : Generation the condition was computed from.
          lastTransitionTime Time required : When the status last changed.
          reason string required : Machine-readable CamelCase reason for the last transition.
          message string required : Human-readable details.
        Status gvk=/v1/Status : The outcome of a request that did not return an object, typically a failure.
          apiVersion string : API version of this object.
          kind string : Kind of this object: Status.
          metadata ListMeta : Standard list metadata.
          status string : Success or Failure.
          message string : Human-readable description of the outcome.
          reason string : Machine-readable reason, such as NotFound or Conflict.
          details StatusDetails : Extra data about the reason.
          code int32 : The HTTP status code.
        StatusDetails : Details about a failure.
          name string : Name of the object concerned.
          group string : API group of the object concerned.
          kind string : Kind of the object concerned.
          uid string : UID of the object concerned.
          causes []StatusCause list=atomic : Individual causes, such as invalid fields.
          retryAfterSeconds int32 : Seconds the client should wait before retrying.
        StatusCause : One cause of a failure.
          reason string : Machine-readable cause, such as FieldValueRequired.
          message string : Human-readable description of the cause.
          field string : Path of the offending field, such as spec.containers[0].image.
        DeleteOptions : Options for a delete request.
          apiVersion string : API version of this object.
          kind string : Kind of this object.
          gracePeriodSeconds int64 : Seconds before the object is deleted; 0 deletes immediately.
          preconditions Preconditions : Conditions that must hold for the deletion to proceed.
          propagationPolicy string : Orphan, Background or Foreground garbage collection of dependents.
          dryRun []string list=atomic : All to process the request without persisting it.
        Preconditions : Conditions checked before an operation.
          uid string : Expected UID.
          resourceVersion string : Expected resourceVersion.
        """
}

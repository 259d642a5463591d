extension SchemaText {
    /// events.k8s.io/v1 Event, coordination.k8s.io/v1 Lease, autoscaling/v1 Scale.
    static let others = """
        @io.k8s.api.events.v1
        Event gvk=events.k8s.io/v1/Event : A report of something that happened to an object.
          apiVersion string : API version of this object.
          kind string : Kind of this object.
          metadata ObjectMeta : Standard object metadata.
          eventTime MicroTime required : When the event was first observed.
          series EventSeries : Data about a series of similar events.
          reportingController string : Controller that emitted the event, such as kubernetes.io/kubelet.
          reportingInstance string : Instance of the controller that emitted the event.
          action string : What action was taken or failed.
          reason string : Short machine-readable reason.
          regarding ObjectReference : The object this event is about.
          related ObjectReference : A second object involved.
          note string : Human-readable description.
          type string : Normal or Warning.
          deprecatedSource EventSource : Source in the core Event API.
          deprecatedFirstTimestamp Time : First timestamp in the core Event API.
          deprecatedLastTimestamp Time : Last timestamp in the core Event API.
          deprecatedCount int32 : Count in the core Event API.
        EventSeries : A series of similar events.
          count int32 required : Number of occurrences so far.
          lastObservedTime MicroTime required : Time of the last occurrence.
        @io.k8s.api.coordination.v1
        Lease gvk=coordination.k8s.io/v1/Lease : A lease held by one holder at a time, for leader election and heartbeats.
          apiVersion string : API version of this object.
          kind string : Kind of this object.
          metadata ObjectMeta : Standard object metadata.
          spec LeaseSpec : Specification of the lease.
        LeaseSpec : Specification of a lease.
          holderIdentity string : Identity of the current holder.
          leaseDurationSeconds int32 : Seconds candidates wait before taking the lease over.
          acquireTime MicroTime : When the current holder acquired the lease.
          renewTime MicroTime : When the holder last renewed the lease.
          leaseTransitions int32 : Number of holder changes.
          strategy string : Strategy for picking the next leader.
          preferredHolder string : Holder the lease should go to next.
        @io.k8s.api.autoscaling.v1
        Scale gvk=autoscaling/v1/Scale : The scale subresource of a scalable object.
          apiVersion string : API version of this object.
          kind string : Kind of this object.
          metadata ObjectMeta : Metadata of the scaled object.
          spec ScaleSpec : Desired scale.
          status ScaleStatus : Observed scale.
        ScaleSpec : Desired scale.
          replicas int32 : Desired number of instances.
        ScaleStatus : Observed scale.
          replicas int32 required : Observed number of instances.
          selector string : Label selector of the instances, in string form.
        """
}

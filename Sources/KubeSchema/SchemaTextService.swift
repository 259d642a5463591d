extension SchemaText {
    /// core/v1 Service and discovery.k8s.io/v1 EndpointSlice.
    static let coreNetworking = """
        @io.k8s.api.core.v1
        Service gvk=/v1/Service : A stable name and virtual IP in front of a set of pods chosen by a selector.
          apiVersion string : API version of this object.
          kind string : Kind of this object.
          metadata ObjectMeta : Standard object metadata.
          spec ServiceSpec : Desired behavior of the service.
          status ServiceStatus : Most recently observed state of the service.
        ServiceSpec : Desired behavior of a service.
          ports []ServicePort merge=port strategy=merge list=map keys=port,protocol : Ports the service exposes.
          selector map[string] map=atomic : Labels of the pods traffic is sent to.
          clusterIP string : Virtual IP of the service; None for a headless service.
          clusterIPs []string list=atomic : Virtual IPs, one per family.
          type string enum=ClusterIP|NodePort|LoadBalancer|ExternalName : How the service is exposed.
          externalIPs []string list=atomic : Extra IPs accepted for the service.
          sessionAffinity string enum=ClientIP|None : Client affinity.
          loadBalancerIP string : Deprecated requested load balancer IP.
          loadBalancerSourceRanges []string list=atomic : Client ranges allowed through the load balancer.
          externalName string : DNS name returned for ExternalName services.
          externalTrafficPolicy string enum=Cluster|Local : Routing of external traffic.
          internalTrafficPolicy string enum=Cluster|Local : Routing of internal traffic.
          healthCheckNodePort int32 : Health check port for Local external traffic.
          publishNotReadyAddresses boolean : Publish addresses of pods that are not ready.
          ipFamilies []string list=atomic : IP families of the service.
          ipFamilyPolicy string enum=SingleStack|PreferDualStack|RequireDualStack : Single or dual stack.
          allocateLoadBalancerNodePorts boolean : Whether node ports are allocated for load balancers.
          loadBalancerClass string : Load balancer implementation.
          trafficDistribution string : Preference for routing traffic.
        ServicePort : One port of a service.
          name string : Name of the port; required when there are several.
          protocol string enum=TCP|UDP|SCTP : Protocol; defaults to TCP.
          appProtocol string : Application protocol.
          port int32 required : Port the service listens on.
          targetPort IntOrString : Port number or name on the pods; defaults to port.
          nodePort int32 : Port on every node for NodePort and LoadBalancer services.
        ServiceStatus : Observed state of a service.
          loadBalancer LoadBalancerStatus : The load balancer, if any.
          conditions []Condition merge=type strategy=merge list=map keys=type : Current conditions.
        LoadBalancerStatus : State of a load balancer.
          ingress []LoadBalancerIngress list=atomic : Ingress points.
        LoadBalancerIngress : An ingress point of a load balancer.
          ip string : IP address.
          hostname string : Hostname.
          ipMode string : How traffic is delivered.
        @io.k8s.api.discovery.v1
        EndpointSlice gvk=discovery.k8s.io/v1/EndpointSlice : A subset of the endpoints of a service.
          apiVersion string : API version of this object.
          kind string : Kind of this object.
          metadata ObjectMeta : Standard object metadata.
          addressType string required enum=IPv4|IPv6|FQDN : Type of the addresses.
          endpoints []Endpoint required list=atomic : The endpoints.
          ports []EndpointPort list=atomic : Ports exposed by every endpoint.
        Endpoint : One endpoint.
          addresses []string required list=set : Addresses of the endpoint.
          conditions EndpointConditions : Readiness of the endpoint.
          hostname string : Hostname of the endpoint.
          targetRef ObjectReference : Object providing the endpoint.
          nodeName string : Node hosting the endpoint.
          zone string : Zone of the endpoint.
          hints EndpointHints : Routing hints.
        EndpointConditions : Readiness of an endpoint.
          ready boolean : Ready to receive traffic.
          serving boolean : Serving, even while terminating.
          terminating boolean : Terminating.
        EndpointHints : Topology routing hints.
          forZones []ForZone list=atomic : Zones that should use this endpoint.
        ForZone : A zone hint.
          name string required : Zone name.
        EndpointPort map=atomic : A port of the endpoints.
          name string : Name of the port.
          protocol string enum=TCP|UDP|SCTP : Protocol.
          port int32 : Port number.
          appProtocol string : Application protocol.
        """
}

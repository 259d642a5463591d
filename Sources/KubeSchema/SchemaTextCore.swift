extension SchemaText {
    /// core/v1 kinds other than Pod and Service: Namespace, Node, ConfigMap, Secret,
    /// ServiceAccount, Event, Endpoints and their parts.
    static let core = """
        @io.k8s.api.core.v1
        Namespace gvk=/v1/Namespace : A scope for names; most objects live in a namespace.
          apiVersion string : API version of this object.
          kind string : Kind of this object.
          metadata ObjectMeta : Standard object metadata.
          spec NamespaceSpec : Desired behavior of the namespace.
          status NamespaceStatus : Observed state of the namespace.
        NamespaceSpec : Desired behavior of a namespace.
          finalizers []string list=atomic : Entries that must be removed before the namespace is deleted.
        NamespaceStatus : Observed state of a namespace.
          phase string enum=Active|Terminating : Active, or Terminating while its contents are deleted.
          conditions []NamespaceCondition merge=type strategy=merge list=map keys=type : Current conditions of the namespace.
        NamespaceCondition : One condition of a namespace.
          type string required : Type of the condition.
          status string required : True, False or Unknown.
          lastTransitionTime Time : When the status last changed.
          reason string : Machine-readable reason.
          message string : Human-readable details.
        Node gvk=/v1/Node : A machine (real or simulated) that runs pods.
          apiVersion string : API version of this object.
          kind string : Kind of this object.
          metadata ObjectMeta : Standard object metadata.
          spec NodeSpec : Configuration of the node.
          status NodeStatus : Most recently observed state of the node.
        NodeSpec : Configuration of a node.
          podCIDR string : IP range assigned to pods on this node.
          podCIDRs []string strategy=merge list=set : IP ranges assigned to pods on this node, one per family.
          providerID string : Identifier of the node at its infrastructure provider.
          unschedulable boolean : Whether new pods may not be scheduled here (cordoned).
          taints []Taint list=atomic : Taints that repel pods without a matching toleration.
        Taint : Marks a node so that only tolerating pods are scheduled or run on it.
          key string required : Taint key.
          value string : Taint value.
          effect string required enum=NoSchedule|PreferNoSchedule|NoExecute : What happens to pods that do not tolerate the taint.
          timeAdded Time : When a NoExecute taint was added.
        NodeStatus : Observed state of a node.
          capacity map[Quantity] : Total resources of the node.
          allocatable map[Quantity] : Resources available to pods.
          phase string : Deprecated lifecycle phase.
          conditions []NodeCondition merge=type strategy=merge list=map keys=type : Current conditions, such as Ready.
          addresses []NodeAddress merge=type strategy=merge list=map keys=type : Addresses of the node.
          daemonEndpoints NodeDaemonEndpoints : Ports of the node's daemons.
          nodeInfo NodeSystemInfo : Facts about the node's software.
          images []ContainerImage list=atomic : Images present on the node.
        NodeCondition : One condition of a node.
          type string required : Ready, MemoryPressure, DiskPressure, PIDPressure or NetworkUnavailable.
          status string required : True, False or Unknown.
          lastHeartbeatTime Time : When the condition was last reported.
          lastTransitionTime Time : When the status last changed.
          reason string : Machine-readable reason.
          message string : Human-readable details.
        NodeAddress : One address of a node.
          type string required : Hostname, InternalIP, ExternalIP, InternalDNS or ExternalDNS.
          address string required : The address.
        NodeDaemonEndpoints : Ports of the daemons on a node.
          kubeletEndpoint DaemonEndpoint : Port of the kubelet.
        DaemonEndpoint : A daemon's port.
          Port int32 required : Port number.
        NodeSystemInfo : Software facts about a node.
          machineID string required : Machine ID.
          systemUUID string required : System UUID.
          bootID string required : Boot ID.
          kernelVersion string required : Kernel version.
          osImage string required : Operating system image.
          containerRuntimeVersion string required : Container runtime and version.
          kubeletVersion string required : Kubelet version.
          kubeProxyVersion string required : Deprecated kube-proxy version.
          operatingSystem string required : Operating system, such as linux.
          architecture string required : CPU architecture, such as amd64.
        ContainerImage : An image stored on a node.
          names []string list=atomic : Names and digests of the image.
          sizeBytes int64 : Size of the image.
        ConfigMap gvk=/v1/ConfigMap : Non-confidential configuration data as key/value pairs.
          apiVersion string : API version of this object.
          kind string : Kind of this object.
          metadata ObjectMeta : Standard object metadata.
          data map[string] : UTF-8 configuration values by key.
          binaryData map[byte] : Binary configuration values by key, base64-encoded.
          immutable boolean : If true, data cannot be changed after creation.
        Secret gvk=/v1/Secret : Confidential data such as passwords, tokens or keys.
          apiVersion string : API version of this object.
          kind string : Kind of this object.
          metadata ObjectMeta : Standard object metadata.
          data map[byte] : Secret values by key, base64-encoded.
          stringData map[string] : Write-only plain-text values, merged into data on write.
          type string : How the data is to be used, such as Opaque or kubernetes.io/tls.
          immutable boolean : If true, data cannot be changed after creation.
        ServiceAccount gvk=/v1/ServiceAccount : An identity for processes running in pods.
          apiVersion string : API version of this object.
          kind string : Kind of this object.
          metadata ObjectMeta : Standard object metadata.
          secrets []ObjectReference merge=name strategy=merge : Secrets pods using this account may use.
          imagePullSecrets []LocalObjectReference list=atomic : Secrets used to pull images for pods using this account.
          automountServiceAccountToken boolean : Whether pods mount an API token automatically.
        ObjectReference map=atomic : Refers to any object.
          kind string : Kind of the referent.
          namespace string : Namespace of the referent.
          name string : Name of the referent.
          uid string : UID of the referent.
          apiVersion string : API version of the referent.
          resourceVersion string : Specific resourceVersion referred to.
          fieldPath string : A part of the referent, such as spec.containers{name}.
        LocalObjectReference map=atomic : Refers to an object by name in the same namespace.
          name string : Name of the referent.
        Event gvk=/v1/Event : A report of something that happened to an object (core API; see also events.k8s.io).
          apiVersion string : API version of this object.
          kind string : Kind of this object.
          metadata ObjectMeta required : Standard object metadata.
          involvedObject ObjectReference required : The object this event is about.
          reason string : Short machine-readable reason, such as Scheduled.
          message string : Human-readable description.
          source EventSource : Component that reported the event.
          firstTimestamp Time : When the event was first recorded.
          lastTimestamp Time : When the event was most recently recorded.
          count int32 : How many times the event occurred.
          type string : Normal or Warning.
          eventTime MicroTime : When the event was first observed, with microseconds.
          series EventSeries : Data about a series of similar events.
          action string : What action was taken or failed.
          related ObjectReference : A second object involved.
          reportingComponent string : Controller that emitted the event.
          reportingInstance string : Instance of the controller that emitted the event.
        EventSource : The component reporting an event.
          component string : Component name.
          host string : Node name.
        EventSeries : A series of similar events.
          count int32 : Number of occurrences so far.
          lastObservedTime MicroTime : Time of the last occurrence.
        Endpoints gvk=/v1/Endpoints : The network endpoints behind a service.
          apiVersion string : API version of this object.
          kind string : Kind of this object.
          metadata ObjectMeta : Standard object metadata.
          subsets []EndpointSubset list=atomic : Groups of addresses sharing the same ports.
        EndpointSubset : Addresses that all expose the same ports.
          addresses []EndpointAddress list=atomic : Addresses ready to receive traffic.
          notReadyAddresses []EndpointAddress list=atomic : Addresses not ready yet.
          ports []EndpointPort list=atomic : Ports exposed at each address.
        EndpointAddress map=atomic : One endpoint address.
          ip string required : IP address.
          hostname string : Hostname of the endpoint.
          nodeName string : Node hosting the endpoint.
          targetRef ObjectReference : The object providing the endpoint, usually a pod.
        EndpointPort map=atomic : One endpoint port.
          name string : Name of the port, matching the service port.
          port int32 required : Port number.
          protocol string enum=TCP|UDP|SCTP : Protocol.
          appProtocol string : Application protocol.
        """
}

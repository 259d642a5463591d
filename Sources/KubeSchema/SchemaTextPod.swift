extension SchemaText {
    /// core/v1 Pod, PodTemplateSpec, PersistentVolumeClaim and the container, volume, probe,
    /// scheduling and status types they use.
    static let coreWorkloads = """
        @io.k8s.api.core.v1
        Pod gvk=/v1/Pod : A group of containers scheduled together onto a node, sharing network and storage.
          apiVersion string : API version of this object.
          kind string : Kind of this object.
          metadata ObjectMeta : Standard object metadata.
          spec PodSpec : Desired behavior of the pod.
          status PodStatus : Most recently observed state of the pod. Read-only.
        PodTemplateSpec : The pod a controller creates copies of.
          metadata ObjectMeta : Metadata of the pods created from this template.
          spec PodSpec : Desired behavior of the pods.
        PodSpec : Desired behavior of a pod.
          containers []Container required merge=name strategy=merge list=map keys=name : The containers of the pod; at least one.
          initContainers []Container merge=name strategy=merge list=map keys=name : Containers run to completion, in order, before the others start.
          ephemeralContainers []EphemeralContainer merge=name strategy=merge list=map keys=name : Debugging containers added to a running pod.
          volumes []Volume merge=name strategy=merge,retainKeys list=map keys=name : Volumes the containers may mount.
          restartPolicy string enum=Always|OnFailure|Never : When containers are restarted; defaults to Always.
          terminationGracePeriodSeconds int64 : Seconds a pod is given to stop gracefully; defaults to 30.
          activeDeadlineSeconds int64 : Seconds the pod may be active before it is failed.
          dnsPolicy string enum=ClusterFirstWithHostNet|ClusterFirst|Default|None : How DNS is configured for the pod.
          dnsConfig PodDNSConfig : Extra DNS settings.
          nodeSelector map[string] map=atomic : Labels a node must have to run the pod.
          serviceAccountName string : Service account the pod runs as.
          serviceAccount string : Deprecated alias of serviceAccountName.
          automountServiceAccountToken boolean : Whether an API token is mounted automatically.
          nodeName string : Node the pod is bound to; set by the scheduler.
          hostNetwork boolean : Use the node's network namespace.
          hostPID boolean : Use the node's process namespace.
          hostIPC boolean : Use the node's IPC namespace.
          shareProcessNamespace boolean : Share one process namespace among the containers.
          securityContext PodSecurityContext : Pod-level security settings.
          imagePullSecrets []LocalObjectReference merge=name strategy=merge list=map keys=name : Secrets for pulling the images.
          hostname string : Hostname of the pod; defaults to its name.
          subdomain string : Subdomain, making the pod reachable as hostname.subdomain.namespace.svc.
          affinity Affinity : Scheduling constraints relative to nodes and other pods.
          schedulerName string : Scheduler that places the pod.
          tolerations []Toleration list=atomic : Taints the pod tolerates.
          hostAliases []HostAlias merge=ip strategy=merge list=map keys=ip : Extra /etc/hosts entries.
          priorityClassName string : Priority class of the pod.
          priority int32 : Priority value, filled in from the priority class.
          readinessGates []PodReadinessGate list=atomic : Extra conditions required for readiness.
          runtimeClassName string : RuntimeClass used to run the pod.
          enableServiceLinks boolean : Whether service environment variables are injected; defaults to true.
          preemptionPolicy string enum=Never|PreemptLowerPriority : Whether the pod may preempt lower-priority pods.
          overhead map[Quantity] : Resource overhead of the pod's sandbox.
          topologySpreadConstraints []TopologySpreadConstraint merge=topologyKey strategy=merge list=map keys=topologyKey,whenUnsatisfiable : How pods are spread across topology domains.
          setHostnameAsFQDN boolean : Use the fully qualified name as hostname.
          os PodOS : Operating system of the containers.
          hostUsers boolean : Whether to use the host's user namespace.
          schedulingGates []PodSchedulingGate merge=name strategy=merge list=map keys=name : Gates that must be removed before scheduling.
          resources ResourceRequirements : Pod-level resource requests and limits.
        Container : One container of a pod.
          name string required : Name of the container, unique within the pod.
          image string : Container image reference.
          command []string list=atomic : Entrypoint, replacing the image's ENTRYPOINT.
          args []string list=atomic : Arguments, replacing the image's CMD.
          workingDir string : Working directory.
          ports []ContainerPort merge=containerPort strategy=merge list=map keys=containerPort,protocol : Ports the container exposes (informational).
          envFrom []EnvFromSource list=atomic : Sources of environment variables.
          env []EnvVar merge=name strategy=merge list=map keys=name : Environment variables.
          resources ResourceRequirements : Compute resources required.
          resizePolicy []ContainerResizePolicy list=atomic : How resources are resized.
          restartPolicy string : Always makes an init container a sidecar.
          volumeMounts []VolumeMount merge=mountPath strategy=merge list=map keys=mountPath : Volumes mounted into the container.
          volumeDevices []VolumeDevice merge=devicePath strategy=merge list=map keys=devicePath : Block devices used by the container.
          livenessProbe Probe : Restarts the container when it fails.
          readinessProbe Probe : Removes the pod from service endpoints when it fails.
          startupProbe Probe : Must succeed before the other probes run.
          lifecycle Lifecycle : Actions on container start and stop.
          terminationMessagePath string : File the termination message is read from.
          terminationMessagePolicy string enum=File|FallbackToLogsOnError : How the termination message is found.
          imagePullPolicy string enum=Always|Never|IfNotPresent : When the image is pulled.
          securityContext SecurityContext : Container security settings.
          stdin boolean : Allocate a buffer for stdin.
          stdinOnce boolean : Close stdin after the first attach.
          tty boolean : Allocate a TTY.
        EphemeralContainer : A temporary debugging container.
          name string required : Name of the container.
          image string : Container image reference.
          command []string list=atomic : Entrypoint.
          args []string list=atomic : Arguments.
          env []EnvVar merge=name strategy=merge list=map keys=name : Environment variables.
          targetContainerName string : Container whose namespaces are shared.
          volumeMounts []VolumeMount merge=mountPath strategy=merge list=map keys=mountPath : Volumes mounted.
          stdin boolean : Allocate a buffer for stdin.
          tty boolean : Allocate a TTY.
        ContainerPort : A network port of a container.
          name string : Name of the port, an IANA_SVC_NAME, unique in the pod.
          containerPort int32 required : Port number on the pod's IP.
          protocol string enum=TCP|UDP|SCTP : Protocol; defaults to TCP.
          hostPort int32 : Port on the host to expose.
          hostIP string : Host IP to bind the host port to.
        EnvVar : An environment variable.
          name string required : Name of the variable.
          value string : Value; $(VAR) references are expanded.
          valueFrom EnvVarSource : Source of the value.
        EnvVarSource : Where an environment variable's value comes from.
          configMapKeyRef ConfigMapKeySelector : A key of a ConfigMap.
          secretKeyRef SecretKeySelector : A key of a Secret.
          fieldRef ObjectFieldSelector : A field of the pod.
          resourceFieldRef ResourceFieldSelector : A resource of the container.
        ConfigMapKeySelector map=atomic : Selects a key of a ConfigMap.
          name string : Name of the ConfigMap.
          key string required : The key.
          optional boolean : Whether the ConfigMap or key may be missing.
        SecretKeySelector map=atomic : Selects a key of a Secret.
          name string : Name of the Secret.
          key string required : The key.
          optional boolean : Whether the Secret or key may be missing.
        ObjectFieldSelector map=atomic : Selects a field of the pod.
          apiVersion string : Version of the schema the path refers to.
          fieldPath string required : Path of the field, such as metadata.name.
        ResourceFieldSelector map=atomic : Selects a resource of a container.
          containerName string : Container name.
          resource string required : Resource, such as limits.cpu.
          divisor Quantity : Unit of the exposed value.
        EnvFromSource : A source of several environment variables.
          prefix string : Prefix added to every key.
          configMapRef ConfigMapEnvSource : A ConfigMap.
          secretRef SecretEnvSource : A Secret.
        ConfigMapEnvSource : A ConfigMap exposed as environment variables.
          name string : Name of the ConfigMap.
          optional boolean : Whether it may be missing.
        SecretEnvSource : A Secret exposed as environment variables.
          name string : Name of the Secret.
          optional boolean : Whether it may be missing.
        ResourceRequirements : Compute resources requested and allowed.
          limits map[Quantity] : Maximum amounts allowed.
          requests map[Quantity] : Minimum amounts required; default to the limits.
          claims []ResourceClaim list=map keys=name : Dynamic resource claims used.
        ResourceClaim : A reference to a pod resource claim.
          name string required : Name of the claim in pod.spec.resourceClaims.
          request string : Request within the claim.
        ContainerResizePolicy : How one resource is resized.
          resourceName string required : cpu or memory.
          restartPolicy string required : NotRequired or RestartContainer.
        VolumeMount : Mounts a volume into a container.
          name string required : Name of the volume.
          mountPath string required : Path in the container.
          subPath string : Path inside the volume to mount instead of its root.
          subPathExpr string : Like subPath, with $(VAR) expansion.
          readOnly boolean : Mount read-only.
          recursiveReadOnly string : How read-only applies to submounts.
          mountPropagation string : How mounts propagate between host and container.
        VolumeDevice : Maps a block volume to a device path.
          name string required : Name of the volume claim.
          devicePath string required : Device path in the container.
        Probe : A health check of a container.
          exec ExecAction : Runs a command.
          httpGet HTTPGetAction : Sends an HTTP GET.
          tcpSocket TCPSocketAction : Opens a TCP connection.
          grpc GRPCAction : Calls the gRPC health service.
          initialDelaySeconds int32 : Seconds after start before the first probe.
          timeoutSeconds int32 : Seconds before a probe times out; defaults to 1.
          periodSeconds int32 : Seconds between probes; defaults to 10.
          successThreshold int32 : Consecutive successes needed after a failure; defaults to 1.
          failureThreshold int32 : Consecutive failures tolerated; defaults to 3.
          terminationGracePeriodSeconds int64 : Grace period when a failing probe kills the container.
        ExecAction : A command run in the container.
          command []string list=atomic : Command line; not run in a shell.
        HTTPGetAction : An HTTP GET request.
          path string : Path to request.
          port IntOrString required : Port number or name.
          host string : Host to connect to; defaults to the pod IP.
          scheme string enum=HTTP|HTTPS : Scheme.
          httpHeaders []HTTPHeader list=atomic : Extra request headers.
        HTTPHeader : An HTTP header.
          name string required : Header name.
          value string required : Header value.
        TCPSocketAction : A TCP connection attempt.
          port IntOrString required : Port number or name.
          host string : Host to connect to.
        GRPCAction : A gRPC health check.
          port int32 required : Port number.
          service string : Service name sent in the request.
        Lifecycle : Actions on container lifecycle events.
          postStart LifecycleHandler : Run right after the container starts.
          preStop LifecycleHandler : Run before the container is stopped.
          stopSignal string : Signal used to stop the container.
        LifecycleHandler : A lifecycle action.
          exec ExecAction : Runs a command.
          httpGet HTTPGetAction : Sends an HTTP GET.
          tcpSocket TCPSocketAction : Deprecated TCP check.
          sleep SleepAction : Sleeps.
        SleepAction : A pause.
          seconds int64 required : Seconds to sleep.
        SecurityContext : Security settings of a container.
          capabilities Capabilities : Capabilities to add and drop.
          privileged boolean : Run as privileged.
          runAsUser int64 : UID to run as.
          runAsGroup int64 : GID to run as.
          runAsNonRoot boolean : Refuse to run as root.
          readOnlyRootFilesystem boolean : Mount the root filesystem read-only.
          allowPrivilegeEscalation boolean : Whether a process can gain more privileges.
          seccompProfile SeccompProfile : Seccomp options.
          procMount string : Proc mount type.
        PodSecurityContext : Security settings of a pod.
          runAsUser int64 : UID to run as.
          runAsGroup int64 : GID to run as.
          runAsNonRoot boolean : Refuse to run as root.
          fsGroup int64 : Group owning the volumes.
          fsGroupChangePolicy string : How volume ownership is changed.
          supplementalGroups []int64 list=atomic : Extra groups of the first process.
          seccompProfile SeccompProfile : Seccomp options.
          sysctls []Sysctl list=atomic : Namespaced sysctls.
        Capabilities : Linux capabilities.
          add []string list=atomic : Capabilities added.
          drop []string list=atomic : Capabilities removed.
        SeccompProfile : A seccomp profile.
          type string required enum=Localhost|RuntimeDefault|Unconfined : Kind of profile.
          localhostProfile string : Profile file on the node.
        Sysctl : A kernel parameter.
          name string required : Name.
          value string required : Value.
        Volume : A named volume the containers may mount; exactly one source is set.
          name string required : Name of the volume, unique in the pod.
          emptyDir EmptyDirVolumeSource : A directory that lives as long as the pod.
          hostPath HostPathVolumeSource : A path on the node.
          configMap ConfigMapVolumeSource : Files from a ConfigMap.
          secret SecretVolumeSource : Files from a Secret.
          persistentVolumeClaim PersistentVolumeClaimVolumeSource : A persistent volume claim.
          projected ProjectedVolumeSource : Several sources projected into one directory.
          downwardAPI DownwardAPIVolumeSource : Pod fields as files.
          csi object : An inline CSI volume.
          ephemeral object : A volume provisioned for the pod alone.
          nfs object : An NFS share.
        EmptyDirVolumeSource : An empty directory.
          medium string : Storage medium; Memory for tmpfs.
          sizeLimit Quantity : Maximum size.
        HostPathVolumeSource : A path on the node.
          path string required : Path on the node.
          type string : Required type of the path, such as Directory.
        KeyToPath : Maps a key to a file path.
          key string required : The key.
          path string required : Relative file path.
          mode int32 : File mode bits.
        ConfigMapVolumeSource : A ConfigMap as files.
          name string : Name of the ConfigMap.
          items []KeyToPath list=atomic : Keys to project; all when empty.
          defaultMode int32 : Mode bits of the files.
          optional boolean : Whether the ConfigMap may be missing.
        SecretVolumeSource : A Secret as files.
          secretName string : Name of the Secret.
          items []KeyToPath list=atomic : Keys to project; all when empty.
          defaultMode int32 : Mode bits of the files.
          optional boolean : Whether the Secret may be missing.
        PersistentVolumeClaimVolumeSource : A claim in the pod's namespace.
          claimName string required : Name of the claim.
          readOnly boolean : Mount read-only.
        ProjectedVolumeSource : Several sources in one directory.
          sources []VolumeProjection list=atomic : The sources.
          defaultMode int32 : Mode bits of the files.
        VolumeProjection : One projected source.
          configMap ConfigMapVolumeSource : A ConfigMap.
          secret SecretVolumeSource : A Secret.
          downwardAPI DownwardAPIVolumeSource : Pod fields.
          serviceAccountToken ServiceAccountTokenProjection : A service account token.
        ServiceAccountTokenProjection : A projected token.
          audience string : Intended audience.
          expirationSeconds int64 : Requested lifetime.
          path string required : Relative file path.
        DownwardAPIVolumeSource : Pod fields as files.
          items []DownwardAPIVolumeFile list=atomic : Files to create.
          defaultMode int32 : Mode bits of the files.
        DownwardAPIVolumeFile : One file from a pod field.
          path string required : Relative file path.
          fieldRef ObjectFieldSelector : A field of the pod.
          resourceFieldRef ResourceFieldSelector : A container resource.
          mode int32 : Mode bits.
        Toleration : Lets a pod be scheduled onto nodes with a matching taint.
          key string : Taint key; empty matches all keys with Exists.
          operator string enum=Exists|Equal : How key and value are compared; defaults to Equal.
          value string : Taint value to match.
          effect string enum=NoSchedule|PreferNoSchedule|NoExecute : Effect to match; empty matches all.
          tolerationSeconds int64 : How long a NoExecute taint is tolerated.
        HostAlias : An /etc/hosts entry.
          ip string required : IP address.
          hostnames []string list=atomic : Hostnames for the IP.
        PodDNSConfig : DNS settings of a pod.
          nameservers []string list=atomic : Name server IPs.
          searches []string list=atomic : Search domains.
          options []PodDNSConfigOption list=atomic : Resolver options.
        PodDNSConfigOption : A resolver option.
          name string : Option name.
          value string : Option value.
        PodReadinessGate : An extra readiness condition.
          conditionType string required : Pod condition type that must be True.
        PodOS : Operating system of a pod.
          name string required : linux or windows.
        PodSchedulingGate : Blocks scheduling until removed.
          name string required : Name of the gate.
        TopologySpreadConstraint : How matching pods are spread over a topology.
          maxSkew int32 required : Maximum allowed difference in matching pods between domains.
          topologyKey string required : Node label defining the domains.
          whenUnsatisfiable string required enum=DoNotSchedule|ScheduleAnyway : What to do when the constraint cannot be met.
          labelSelector LabelSelector : Pods counted.
          minDomains int32 : Minimum number of eligible domains.
          matchLabelKeys []string list=atomic : Pod label keys added to the selector.
        Affinity : Scheduling affinity rules.
          nodeAffinity NodeAffinity : Rules on node labels.
          podAffinity PodAffinity : Co-locate with matching pods.
          podAntiAffinity PodAntiAffinity : Keep away from matching pods.
        NodeAffinity : Rules on node labels.
          requiredDuringSchedulingIgnoredDuringExecution NodeSelector : Hard requirement.
          preferredDuringSchedulingIgnoredDuringExecution []PreferredSchedulingTerm list=atomic : Weighted preferences.
        NodeSelector map=atomic : Terms of which at least one must match.
          nodeSelectorTerms []NodeSelectorTerm required list=atomic : The terms.
        NodeSelectorTerm map=atomic : Requirements that must all match.
          matchExpressions []NodeSelectorRequirement list=atomic : Requirements on labels.
          matchFields []NodeSelectorRequirement list=atomic : Requirements on fields.
        NodeSelectorRequirement : A requirement on a node label or field.
          key string required : Label key or field.
          operator string required enum=In|NotIn|Exists|DoesNotExist|Gt|Lt : Comparison.
          values []string list=atomic : Values compared with.
        PreferredSchedulingTerm : A weighted node preference.
          weight int32 required : Weight, 1 to 100.
          preference NodeSelectorTerm required : The term.
        PodAffinity : Co-location rules.
          requiredDuringSchedulingIgnoredDuringExecution []PodAffinityTerm list=atomic : Hard rules.
          preferredDuringSchedulingIgnoredDuringExecution []WeightedPodAffinityTerm list=atomic : Weighted preferences.
        PodAntiAffinity : Separation rules.
          requiredDuringSchedulingIgnoredDuringExecution []PodAffinityTerm list=atomic : Hard rules.
          preferredDuringSchedulingIgnoredDuringExecution []WeightedPodAffinityTerm list=atomic : Weighted preferences.
        PodAffinityTerm : Pods matched within a topology domain.
          labelSelector LabelSelector : Pods matched.
          namespaces []string list=atomic : Namespaces searched.
          namespaceSelector LabelSelector : Namespaces searched, by label.
          topologyKey string required : Node label defining the domain.
        WeightedPodAffinityTerm : A weighted pod affinity term.
          weight int32 required : Weight, 1 to 100.
          podAffinityTerm PodAffinityTerm required : The term.
        PodStatus : Observed state of a pod.
          phase string enum=Pending|Running|Succeeded|Failed|Unknown : Lifecycle phase.
          conditions []PodCondition merge=type strategy=merge list=map keys=type : Current conditions, such as Ready.
          message string : Why the pod is in this state.
          reason string : Brief CamelCase reason, such as Evicted.
          hostIP string : IP of the node.
          hostIPs []HostIP merge=ip strategy=merge list=atomic : IPs of the node.
          podIP string : IP of the pod.
          podIPs []PodIP merge=ip strategy=merge list=map keys=ip : IPs of the pod, one per family.
          startTime Time : When the node acknowledged the pod.
          initContainerStatuses []ContainerStatus list=atomic : Status of the init containers.
          containerStatuses []ContainerStatus list=atomic : Status of the containers.
          ephemeralContainerStatuses []ContainerStatus list=atomic : Status of the ephemeral containers.
          qosClass string enum=BestEffort|Burstable|Guaranteed : Quality of service class.
          nominatedNodeName string : Node the pod preempted others for.
        PodCondition : One condition of a pod.
          type string required : PodScheduled, Initialized, ContainersReady or Ready.
          status string required : True, False or Unknown.
          lastProbeTime Time : When the condition was last probed.
          lastTransitionTime Time : When the status last changed.
          reason string : Machine-readable reason.
          message string : Human-readable details.
        HostIP : An IP of the host.
          ip string required : The address.
        PodIP : An IP of the pod.
          ip string required : The address.
        ContainerStatus : State of one container.
          name string required : Name of the container.
          state ContainerState : Current state.
          lastState ContainerState : Previous termination.
          ready boolean required : Whether the readiness probe passes.
          restartCount int32 required : Number of restarts.
          image string required : Image run.
          imageID string required : Image digest run.
          containerID string : Runtime identifier of the container.
          started boolean : Whether the startup probe has passed.
        ContainerState : One of waiting, running or terminated.
          waiting ContainerStateWaiting : Not running yet.
          running ContainerStateRunning : Running.
          terminated ContainerStateTerminated : Finished.
        ContainerStateWaiting : A waiting container.
          reason string : Why it is waiting.
          message string : Details.
        ContainerStateRunning : A running container.
          startedAt Time : When it started.
        ContainerStateTerminated : A finished container.
          exitCode int32 required : Exit status.
          signal int32 : Signal that ended it.
          reason string : Why it ended.
          message string : Details.
          startedAt Time : When it started.
          finishedAt Time : When it ended.
          containerID string : Runtime identifier.
        PersistentVolumeClaim : A request for storage.
          apiVersion string : API version of this object.
          kind string : Kind of this object.
          metadata ObjectMeta : Standard object metadata.
          spec PersistentVolumeClaimSpec : Storage requested.
          status PersistentVolumeClaimStatus : Observed state of the claim.
        PersistentVolumeClaimSpec : Storage requested by a claim.
          accessModes []string list=atomic : ReadWriteOnce, ReadOnlyMany, ReadWriteMany or ReadWriteOncePod.
          selector LabelSelector : Volumes eligible for binding.
          resources VolumeResourceRequirements : Minimum resources of the volume.
          volumeName string : Volume bound to.
          storageClassName string : Storage class requested.
          volumeMode string enum=Block|Filesystem : Filesystem or raw block volume.
        VolumeResourceRequirements : Storage resources of a claim.
          limits map[Quantity] : Maximum amounts.
          requests map[Quantity] : Minimum amounts, such as storage: 1Gi.
        PersistentVolumeClaimStatus : Observed state of a claim.
          phase string enum=Pending|Bound|Lost : Phase of the claim.
          accessModes []string list=atomic : Access modes of the bound volume.
          capacity map[Quantity] : Capacity of the bound volume.
        """
}

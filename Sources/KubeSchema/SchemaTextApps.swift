extension SchemaText {
    /// apps/v1: Deployment, ReplicaSet, DaemonSet, StatefulSet.
    static let apps = """
        @io.k8s.api.apps.v1
        Deployment gvk=apps/v1/Deployment : Declarative updates of a replicated set of pods, through ReplicaSets.
          apiVersion string : API version of this object.
          kind string : Kind of this object.
          metadata ObjectMeta : Standard object metadata.
          spec DeploymentSpec : Desired state of the deployment.
          status DeploymentStatus : Most recently observed state of the deployment.
        DeploymentSpec : Desired state of a deployment.
          replicas int32 : Number of desired pods; defaults to 1.
          selector LabelSelector required : Labels of the pods managed; must match the template's labels.
          template PodTemplateSpec required : The pods to run.
          strategy DeploymentStrategy strategy=retainKeys : How old pods are replaced by new ones.
          minReadySeconds int32 : Seconds a new pod must be ready before it counts as available.
          revisionHistoryLimit int32 : Old ReplicaSets kept for rollback; defaults to 10.
          paused boolean : Whether rollouts are paused.
          progressDeadlineSeconds int32 : Seconds before a stalled rollout is reported; defaults to 600.
        DeploymentStrategy : How pods are replaced.
          type string enum=Recreate|RollingUpdate : Recreate or RollingUpdate (the default).
          rollingUpdate RollingUpdateDeployment : Parameters of a rolling update.
        RollingUpdateDeployment : Parameters of a rolling update.
          maxUnavailable IntOrString : Pods that may be unavailable during the update; number or percentage, default 25%.
          maxSurge IntOrString : Pods that may be created above the desired count; number or percentage, default 25%.
        DeploymentStatus : Observed state of a deployment.
          observedGeneration int64 : Generation last acted on by the controller.
          replicas int32 : Pods targeted by the deployment.
          updatedReplicas int32 : Pods with the current template.
          readyReplicas int32 : Ready pods.
          availableReplicas int32 : Pods available for at least minReadySeconds.
          unavailableReplicas int32 : Pods still required for full availability.
          terminatingReplicas int32 : Pods being terminated.
          conditions []DeploymentCondition merge=type strategy=merge list=map keys=type : Current conditions: Available, Progressing, ReplicaFailure.
          collisionCount int32 : Hash collision count for naming ReplicaSets.
        DeploymentCondition : One condition of a deployment.
          type string required : Available, Progressing or ReplicaFailure.
          status string required : True, False or Unknown.
          lastUpdateTime Time : When the condition was last updated.
          lastTransitionTime Time : When the status last changed.
          reason string : Machine-readable reason.
          message string : Human-readable details.
        ReplicaSet gvk=apps/v1/ReplicaSet : Keeps a number of identical pods running.
          apiVersion string : API version of this object.
          kind string : Kind of this object.
          metadata ObjectMeta : Standard object metadata.
          spec ReplicaSetSpec : Desired state of the replica set.
          status ReplicaSetStatus : Most recently observed state of the replica set.
        ReplicaSetSpec : Desired state of a replica set.
          replicas int32 : Number of desired pods; defaults to 1.
          minReadySeconds int32 : Seconds a new pod must be ready before it counts as available.
          selector LabelSelector required : Labels of the pods managed.
          template PodTemplateSpec : The pods created when too few exist.
        ReplicaSetStatus : Observed state of a replica set.
          replicas int32 required : Pods currently managed.
          fullyLabeledReplicas int32 : Pods whose labels match the template.
          readyReplicas int32 : Ready pods.
          availableReplicas int32 : Available pods.
          terminatingReplicas int32 : Pods being terminated.
          observedGeneration int64 : Generation last acted on.
          conditions []ReplicaSetCondition merge=type strategy=merge list=map keys=type : Current conditions.
        ReplicaSetCondition : One condition of a replica set.
          type string required : Type of the condition.
          status string required : True, False or Unknown.
          lastTransitionTime Time : When the status last changed.
          reason string : Machine-readable reason.
          message string : Human-readable details.
        DaemonSet gvk=apps/v1/DaemonSet : Runs one copy of a pod on each eligible node.
          apiVersion string : API version of this object.
          kind string : Kind of this object.
          metadata ObjectMeta : Standard object metadata.
          spec DaemonSetSpec : Desired state of the daemon set.
          status DaemonSetStatus : Most recently observed state of the daemon set.
        DaemonSetSpec : Desired state of a daemon set.
          selector LabelSelector required : Labels of the pods managed.
          template PodTemplateSpec required : The pod run on each node.
          updateStrategy DaemonSetUpdateStrategy : How pods are replaced when the template changes.
          minReadySeconds int32 : Seconds a new pod must be ready before it counts as available.
          revisionHistoryLimit int32 : Old revisions kept; defaults to 10.
        DaemonSetUpdateStrategy : How a daemon set's pods are replaced.
          type string enum=RollingUpdate|OnDelete : RollingUpdate (the default) or OnDelete.
          rollingUpdate RollingUpdateDaemonSet : Parameters of a rolling update.
        RollingUpdateDaemonSet : Parameters of a daemon set rolling update.
          maxUnavailable IntOrString : Nodes whose pod may be unavailable; number or percentage.
          maxSurge IntOrString : Nodes that may run an extra pod during the update.
        DaemonSetStatus : Observed state of a daemon set.
          currentNumberScheduled int32 required : Nodes running the pod that should.
          numberMisscheduled int32 required : Nodes running the pod that should not.
          desiredNumberScheduled int32 required : Nodes that should run the pod.
          numberReady int32 required : Nodes whose pod is ready.
          observedGeneration int64 : Generation last acted on.
          updatedNumberScheduled int32 : Nodes running the current template.
          numberAvailable int32 : Nodes whose pod is available.
          numberUnavailable int32 : Nodes whose pod is not available.
          collisionCount int32 : Hash collision count.
          conditions []DaemonSetCondition merge=type strategy=merge list=map keys=type : Current conditions.
        DaemonSetCondition : One condition of a daemon set.
          type string required : Type of the condition.
          status string required : True, False or Unknown.
          lastTransitionTime Time : When the status last changed.
          reason string : Machine-readable reason.
          message string : Human-readable details.
        StatefulSet gvk=apps/v1/StatefulSet : Pods with stable identities and storage, created and updated in order.
          apiVersion string : API version of this object.
          kind string : Kind of this object.
          metadata ObjectMeta : Standard object metadata.
          spec StatefulSetSpec : Desired state of the stateful set.
          status StatefulSetStatus : Most recently observed state of the stateful set.
        StatefulSetSpec : Desired state of a stateful set.
          replicas int32 : Number of desired pods; defaults to 1.
          selector LabelSelector required : Labels of the pods managed.
          template PodTemplateSpec required : The pods to run; each gets a stable ordinal name.
          volumeClaimTemplates []PersistentVolumeClaim list=atomic : Claims created for each pod.
          serviceName string : Headless service giving the pods their network identity.
          podManagementPolicy string enum=OrderedReady|Parallel : Whether pods are created one at a time.
          updateStrategy StatefulSetUpdateStrategy : How pods are replaced when the template changes.
          revisionHistoryLimit int32 : Old revisions kept; defaults to 10.
          minReadySeconds int32 : Seconds a new pod must be ready before it counts as available.
          persistentVolumeClaimRetentionPolicy StatefulSetPersistentVolumeClaimRetentionPolicy : What happens to claims when pods go away.
          ordinals StatefulSetOrdinals : Numbering of the pods.
        StatefulSetUpdateStrategy : How a stateful set's pods are replaced.
          type string enum=RollingUpdate|OnDelete : RollingUpdate (the default) or OnDelete.
          rollingUpdate RollingUpdateStatefulSetStrategy : Parameters of a rolling update.
        RollingUpdateStatefulSetStrategy : Parameters of a stateful set rolling update.
          partition int32 : Ordinal at and above which pods are updated.
          maxUnavailable IntOrString : Pods that may be unavailable during the update.
        StatefulSetPersistentVolumeClaimRetentionPolicy : Claim retention.
          whenDeleted string : Retain or Delete when the set is deleted.
          whenScaled string : Retain or Delete when the set scales down.
        StatefulSetOrdinals : Numbering of stateful set pods.
          start int32 : First ordinal.
        StatefulSetStatus : Observed state of a stateful set.
          observedGeneration int64 : Generation last acted on.
          replicas int32 required : Pods created.
          readyReplicas int32 : Ready pods.
          currentReplicas int32 : Pods at the current revision.
          updatedReplicas int32 : Pods at the update revision.
          availableReplicas int32 : Available pods.
          currentRevision string : Revision of the current pods.
          updateRevision string : Revision being rolled out.
          collisionCount int32 : Hash collision count.
          conditions []StatefulSetCondition merge=type strategy=merge list=map keys=type : Current conditions.
        StatefulSetCondition : One condition of a stateful set.
          type string required : Type of the condition.
          status string required : True, False or Unknown.
          lastTransitionTime Time : When the status last changed.
          reason string : Machine-readable reason.
          message string : Human-readable details.
        """
}

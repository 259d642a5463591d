// RevisionScaling: the revision autoscaler decider and metric aggregation (pure).

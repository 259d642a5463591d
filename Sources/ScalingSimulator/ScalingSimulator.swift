// ScalingSimulator: discrete-event simulation of traffic, activator and replicas driving the real decider.

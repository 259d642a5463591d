/// Where a request is now.
enum RequestState: UInt8 {
    case scheduled, waitingInActivator, queuedAtReplica, processing, completed, failed
}

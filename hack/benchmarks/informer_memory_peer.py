"""The Python peer of `hack/benchmarks/informer-memory`: the official kubernetes client doing what
an informer does (list, then watch from the list's resourceVersion into a dict cache), with the
peak RSS of the process per phase, printed as the Swift client prints it:
  python3 informer_memory_peer.py URL NAMESPACE UPDATES
Phases: initial (list done), steady (UPDATES modifications seen), relist (a second full list
replaced the cache)."""
import json
import sys

from kubernetes import client, watch


def memory(field):
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return -1


def report(phase, **extra):
    figures = dict(extra, peak_rss_mb=memory("VmHWM"), rss_mb=memory("VmRSS"))
    print(json.dumps({"phase": phase, "figures": figures}), flush=True)


def reset_peak():
    with open("/proc/self/clear_refs", "w") as refs:
        refs.write("5")


def main():
    url, namespace, updates = sys.argv[1], sys.argv[2], int(sys.argv[3])
    configuration = client.Configuration()
    configuration.host = url
    api = client.CoreV1Api(client.ApiClient(configuration))

    def list_all():
        listed = api.list_namespaced_config_map(namespace)
        cache = {(o.metadata.namespace, o.metadata.name): o for o in listed.items}
        return cache, listed.metadata.resource_version

    empty = memory("VmRSS")  # the process with its imports, before it caches anything
    cache, version = list_all()
    report("initial", objects=len(cache), empty_rss_mb=empty)
    reset_peak()
    seen = 0
    stream = watch.Watch()
    for event in stream.stream(api.list_namespaced_config_map, namespace, resource_version=version,
                               allow_watch_bookmarks=True, timeout_seconds=3600):
        kind, obj = event["type"], event["object"]
        if kind == "BOOKMARK":
            continue
        key = (obj.metadata.namespace, obj.metadata.name)
        if kind == "DELETED":
            cache.pop(key, None)
        else:
            cache[key] = obj
        if kind == "MODIFIED":
            seen += 1
            if seen >= updates:
                stream.stop()
                break
    report("steady", updates_seen=seen)
    reset_peak()
    fresh, version = list_all()
    cache = fresh
    report("relist", objects=len(cache))


if __name__ == "__main__":
    main()

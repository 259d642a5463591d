"""kubectl against `thaw apiserver --nodes 3`: the simulated cluster schedules, runs and deletes
pods, and takes nodes added and removed with kubectl."""
import json
import subprocess
import time
import uuid

import pytest

from conftest import APIServer, Kubectl


@pytest.fixture(scope="module")
def cluster():
    """A server with a 3-node simulated cluster running at wall-clock pace."""
    server = APIServer("--nodes", "3", "--time-scale", "1")
    yield Kubectl(server.kubeconfig)
    server.stop()


def namespace(kubectl) -> str:
    name = "cluster-" + uuid.uuid4().hex[:8]
    kubectl("create", "namespace", name)
    return name


def eventually(check, timeout=60):
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result or time.monotonic() > deadline:
            return result
        time.sleep(0.2)


def pods(kubectl, ns, selector=None):
    args = ["get", "pods", "-n", ns] + (["-l", selector] if selector else [])
    return kubectl.json(*args)["items"]


def test_create_deployment_runs_ready_pods_on_nodes(cluster):
    nodes = cluster.json("get", "nodes")["items"]
    assert sorted(n["metadata"]["name"] for n in nodes) == ["node-1", "node-2", "node-3"]
    ns = namespace(cluster)
    cluster("create", "deployment", "web", "-n", ns, "--image=nginx:1.25", "--replicas=3")
    cluster("rollout", "status", "deployment/web", "-n", ns, "--timeout=90s")
    items = pods(cluster, ns, "app=web")
    assert len(items) == 3
    for pod in items:
        assert pod["status"]["phase"] == "Running"
        assert pod["spec"]["nodeName"] in {"node-1", "node-2", "node-3"}
        assert pod["status"]["podIP"].startswith("10.244.")
        ready = [c for c in pod["status"]["conditions"] if c["type"] == "Ready"]
        assert ready and ready[0]["status"] == "True"
    # The default scheduler spreads a workload's pods over the nodes.
    assert len({p["spec"]["nodeName"] for p in items}) == 3
    table = cluster("get", "pods", "-n", ns, "-o", "wide").stdout
    assert table.count("Running") == 3


def test_delete_pod_is_graceful(cluster):
    ns = namespace(cluster)
    cluster("run", "solo", "-n", ns, "--image=nginx:1.25")
    cluster("wait", "--for=condition=Ready", "pod/solo", "-n", ns, "--timeout=90s")
    watch = subprocess.Popen(
        ["kubectl", "--kubeconfig", cluster.kubeconfig, "get", "pod", "solo", "-n", ns, "--watch",
         "--output-watch-events", "-o", "json"],
        stdout=subprocess.PIPE, text=True)
    try:
        time.sleep(1)  # let the watch start before the delete
        out = cluster("delete", "pod", "solo", "-n", ns, "--timeout=60s").stdout
        assert 'pod "solo" deleted' in out
    finally:
        time.sleep(0.5)
        watch.terminate()
        stream, _ = watch.communicate(timeout=10)
    events = list(_json_documents(stream))
    kinds = [e["type"] for e in events]
    assert kinds[-1] == "DELETED", kinds
    # Before it went, the pod was kept, marked with the default 30 s grace period, and its container
    # stopped by the kubelet.
    terminating = [e["object"] for e in events if e["type"] == "MODIFIED" and e["object"]["metadata"].get("deletionTimestamp")]
    assert terminating, kinds
    assert terminating[0]["metadata"]["deletionGracePeriodSeconds"] == 30
    assert any("terminated" in (s.get("state") or {}) for pod in terminating for s in pod["status"].get("containerStatuses", []))
    events = cluster.json("get", "events", "-n", ns)["items"]
    assert any(e["reason"] == "Killing" and e["involvedObject"]["name"] == "solo" for e in events)


def test_force_delete_and_unscheduled_pod_go_at_once(cluster):
    ns = namespace(cluster)
    cluster("run", "forced", "-n", ns, "--image=nginx:1.25")
    cluster("wait", "--for=condition=Ready", "pod/forced", "-n", ns, "--timeout=90s")
    result = cluster("delete", "pod", "forced", "-n", ns, "--grace-period=0", "--force", "--wait=false")
    assert "force deleted" in result.stdout or "deleted" in result.stdout
    assert cluster("get", "pod", "forced", "-n", ns, check=False).returncode != 0
    cluster("run", "nowhere", "-n", ns, "--image=nginx:1.25", "--overrides",
            '{"spec": {"nodeSelector": {"pool": "none"}}}')
    cluster("delete", "pod", "nowhere", "-n", ns, "--wait=false")
    assert cluster("get", "pod", "nowhere", "-n", ns, check=False).returncode != 0


NODE = """
apiVersion: v1
kind: Node
metadata:
  name: {name}
  labels: {{pool: late}}
spec:
  taints: {taints}
"""


def test_add_and_remove_nodes_with_kubectl(cluster):
    ns = namespace(cluster)
    cluster("apply", "-n", ns, "-f", "-", input="""
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec: {containers: [{name: agent, image: "agent:1"}]}
""")
    cluster("create", "-f", "-", input=NODE.format(name="late", taints="[]"))
    cluster("create", "-f", "-", input=NODE.format(
        name="tainted", taints="[{key: dedicated, value: cache, effect: NoSchedule}]"))
    cluster("wait", "--for=condition=Ready", "node/late", "node/tainted", "--timeout=60s")
    late = cluster.json("get", "node", "late")
    assert late["spec"]["podCIDR"].startswith("10.244.")
    assert late["status"]["capacity"]["pods"] == "110"
    assert late["metadata"]["labels"]["kubernetes.io/hostname"] == "late"
    lease = cluster.json("get", "lease", "late", "-n", "kube-node-lease")
    assert lease["spec"]["holderIdentity"] == "late"

    # The DaemonSet follows the new node and skips the tainted one.
    def daemon_nodes():
        items = [p for p in pods(cluster, ns, "app=agent") if p["status"].get("phase") == "Running"]
        return sorted(p["spec"]["nodeName"] for p in items)
    assert eventually(lambda: daemon_nodes() == ["late", "node-1", "node-2", "node-3"]), daemon_nodes()
    assert cluster.json("get", "daemonset", "agent", "-n", ns)["status"]["desiredNumberScheduled"] == 4

    cluster("delete", "node", "late")
    assert eventually(lambda: daemon_nodes() == ["node-1", "node-2", "node-3"]), daemon_nodes()
    assert eventually(lambda: cluster("get", "lease", "late", "-n", "kube-node-lease", check=False).returncode != 0)
    cluster("delete", "node", "tainted")


def _json_documents(stream: str):
    """The JSON objects of a stream of concatenated, pretty-printed JSON documents."""
    decoder = json.JSONDecoder()
    index = 0
    while index < len(stream):
        while index < len(stream) and stream[index].isspace():
            index += 1
        if index >= len(stream):
            break
        document, index = decoder.raw_decode(stream, index)
        yield document

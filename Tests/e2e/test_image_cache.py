"""The image-cache controller as users run it: `thaw apiserver --nodes 2` (a simulated cluster),
`thaw manager --controllers image-cache` as a separate process, and kubectl for everything else."""
import os
import subprocess
import time
import urllib.request

import pytest

from conftest import ROOT, APIServer, Kubectl, _free_port

KNATIVE_IMAGE = """
apiVersion: caching.internal.knative.dev/v1alpha1
kind: Image
metadata:
  name: hello-00001-cache-user-container
  namespace: default
  labels:
    serving.knative.dev/revision: hello-00001
    serving.knative.dev/service: hello
  annotations:
    serving.knative.dev/creator: admin
spec:
  image: ghcr.io/acme/hello@sha256:%s
  serviceAccountName: ""
""" % ("3f" * 32)


@pytest.fixture(scope="module")
def cluster():
    server = APIServer("--nodes", "2", "--time-scale", "50")
    kubectl = Kubectl(server.kubeconfig)
    kubectl("apply", "-f", str(ROOT / "crds"))
    binary = os.environ.get("THAW_BIN", str(ROOT / ".build" / "debug" / "thaw"))
    probe_port = _free_port()
    log = open(os.path.join(server.dir, "manager.log"), "w")
    manager = subprocess.Popen(
        [binary, "manager", "--kubeconfig", server.kubeconfig, "--controllers", "image-cache",
         "--probe-address", "127.0.0.1", "--probe-port", str(probe_port), "--image-group-update-seconds", "0.2"],
        stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{probe_port}/readyz", timeout=1) as response:
                if response.status == 200:
                    break
        except OSError:
            pass
        assert manager.poll() is None, f"thaw manager exited with {manager.returncode}; log in {log.name}"
        assert time.monotonic() < deadline, f"thaw manager did not become ready; log in {log.name}"
        time.sleep(0.1)
    yield kubectl, probe_port
    manager.terminate()
    manager.wait(timeout=30)
    log.close()
    server.stop()


def test_a_knative_shaped_image_becomes_ready_on_every_node(cluster):
    kubectl, _ = cluster
    kubectl("apply", "-f", "-", input=KNATIVE_IMAGE)
    kubectl("wait", "--for=condition=Ready", "image/hello-00001-cache-user-container", "--timeout=60s")
    table = kubectl("get", "images").stdout
    assert "NODES" in table.splitlines()[0] and "2/2" in table and "Prefetched" in table, table
    daemonsets = kubectl.json("get", "daemonsets", "-l", "app.kubernetes.io/managed-by=thaw-image-cache")["items"]
    assert len(daemonsets) == 1
    pod_spec = daemonsets[0]["spec"]["template"]["spec"]
    assert pod_spec["automountServiceAccountToken"] is False
    assert [c["image"] for c in pod_spec["containers"]] == ["ghcr.io/acme/hello@sha256:" + "3f" * 32]


def test_an_invalid_image_gets_a_condition_and_a_warning_event(cluster):
    kubectl, _ = cluster
    kubectl("create", "-f", "-", input="""
apiVersion: caching.internal.knative.dev/v1alpha1
kind: Image
metadata: {name: broken}
spec: {image: "ghcr.io/Acme/App:1"}
""")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        image = kubectl.json("get", "image", "broken")
        ready = [c for c in image.get("status", {}).get("conditions", []) if c["type"] == "Ready"]
        if ready and ready[0]["reason"] == "InvalidImageName":
            break
        time.sleep(0.2)
    assert ready and ready[0]["status"] == "False" and "Acme" in ready[0]["message"]
    events = kubectl("get", "events", "--field-selector", "involvedObject.name=broken").stdout
    assert "InvalidImageName" in events and "Warning" in events


def test_the_schema_rejects_an_image_without_a_reference(cluster):
    kubectl, _ = cluster
    result = kubectl("create", "-f", "-", check=False, input="""
apiVersion: caching.internal.knative.dev/v1alpha1
kind: Image
metadata: {name: empty}
spec: {serviceAccountName: default}
""")
    assert result.returncode != 0 and "spec.image" in result.stderr, result.stderr


def test_deleting_the_image_removes_its_daemonset_and_metrics_count_writes(cluster):
    kubectl, probe_port = cluster
    kubectl("delete", "image", "hello-00001-cache-user-container")
    deadline = time.monotonic() + 30
    while kubectl.json("get", "daemonsets", "-l", "app.kubernetes.io/managed-by=thaw-image-cache")["items"]:
        assert time.monotonic() < deadline, "the prefetch DaemonSet was not deleted"
        time.sleep(0.2)
    with urllib.request.urlopen(f"http://127.0.0.1:{probe_port}/metrics", timeout=5) as response:
        metrics = response.read().decode()
    assert 'rest_client_requests_total{code="201",method="POST"' in metrics, metrics[:2000]


def test_thaw_dev_runs_the_cluster_and_the_controllers_together(tmp_path):
    binary = os.environ.get("THAW_BIN", str(ROOT / ".build" / "debug" / "thaw"))
    kubeconfig = tmp_path / "kubeconfig"
    log = open(tmp_path / "dev.log", "w")
    dev = subprocess.Popen([binary, "dev", "--port", "0", "--kubeconfig-out", str(kubeconfig), "--time-scale", "50"],
                           stdout=subprocess.PIPE, stderr=log, text=True)
    try:
        banner = dev.stdout.readline()
        assert banner.startswith("Thaw dev cluster: API server http://127.0.0.1:"), banner
        kubectl = Kubectl(str(kubeconfig))
        deadline = time.monotonic() + 60
        while len(kubectl.json("get", "nodes")["items"]) < 3:
            assert time.monotonic() < deadline, "thaw dev did not register 3 nodes"
            time.sleep(0.2)
        while kubectl("get", "crd", "images.caching.internal.knative.dev", check=False).returncode != 0:
            assert time.monotonic() < deadline, "thaw dev did not install the Image CRD"
            time.sleep(0.2)
        kubectl("apply", "-f", "-", input='{"apiVersion":"caching.internal.knative.dev/v1alpha1","kind":"Image",'
                                            '"metadata":{"name":"demo"},"spec":{"image":"nginx:1.25"}}')
        kubectl("wait", "--for=condition=Ready", "image/demo", "--timeout=60s")
        assert "3/3" in kubectl("get", "image", "demo").stdout
    finally:
        dev.terminate()
        dev.wait(timeout=30)
        log.close()

"""kubectl against `thaw apiserver`: the commands a platform engineer uses every day."""
import json
import subprocess
import time
import uuid

import pytest
import yaml


def new_namespace(kubectl) -> str:
    name = "e2e-" + uuid.uuid4().hex[:8]
    kubectl("apply", "-f", "-", input=f"apiVersion: v1\nkind: Namespace\nmetadata: {{name: {name}}}\n")
    return name


DEPLOYMENT = """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web, tier: front}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: nginx
        image: nginx:1.25
        env: [{name: MODE, value: blue}]
        ports: [{containerPort: 80}]
"""


def test_version_and_api_resources(kubectl):
    assert "Server Version" in kubectl("version").stdout
    resources = kubectl("api-resources").stdout
    for name in ["pods", "configmaps", "deployments", "namespaces", "customresourcedefinitions", "leases"]:
        assert name in resources


def test_typed_create_commands(kubectl):
    """kubectl's typed clients send protobuf bodies for built-in kinds."""
    ns = "typed-" + uuid.uuid4().hex[:8]
    kubectl("create", "namespace", ns)
    kubectl("create", "configmap", "cm", "-n", ns, "--from-literal=a=1", "--from-literal=b=two")
    kubectl("create", "secret", "generic", "s", "-n", ns, "--from-literal=token=abc")
    kubectl("create", "serviceaccount", "robot", "-n", ns)
    kubectl("create", "deployment", "web", "-n", ns, "--image=nginx:1.25", "--replicas=3", "--port=80")
    assert kubectl.json("get", "configmap", "cm", "-n", ns)["data"] == {"a": "1", "b": "two"}
    assert kubectl.json("get", "secret", "s", "-n", ns)["data"] == {"token": "YWJj"}
    d = kubectl.json("get", "deployment", "web", "-n", ns)
    assert d["spec"]["replicas"] == 3
    container = d["spec"]["template"]["spec"]["containers"][0]
    assert container["image"] == "nginx:1.25" and container["ports"] == [{"containerPort": 80, "protocol": "TCP"}]


def test_client_side_apply_and_reapply(kubectl):
    ns = new_namespace(kubectl)
    out = kubectl("apply", "-n", ns, "-f", "-", input=DEPLOYMENT).stdout
    assert "deployment.apps/web created" in out
    changed = DEPLOYMENT.replace("nginx:1.25", "nginx:1.26").replace("value: blue", "value: green")
    out = kubectl("apply", "-n", ns, "-f", "-", input=changed).stdout
    assert "deployment.apps/web configured" in out
    d = kubectl.json("get", "deployment", "web", "-n", ns)
    container = d["spec"]["template"]["spec"]["containers"][0]
    assert container["image"] == "nginx:1.26"
    assert container["env"] == [{"name": "MODE", "value": "green"}]
    assert "kubectl.kubernetes.io/last-applied-configuration" in d["metadata"]["annotations"]
    assert d["metadata"]["generation"] == 2
    # Removing a field from the manifest removes it from the object (three-way merge).
    without_env = changed.replace("        env: [{name: MODE, value: green}]\n", "")
    kubectl("apply", "-n", ns, "-f", "-", input=without_env)
    d = kubectl.json("get", "deployment", "web", "-n", ns)
    assert "env" not in d["spec"]["template"]["spec"]["containers"][0]
    out = kubectl("apply", "-n", ns, "-f", "-", input=without_env).stdout
    assert "unchanged" in out


def test_server_side_apply_and_conflict(kubectl):
    ns = new_namespace(kubectl)
    kubectl("apply", "--server-side", "--field-manager", "alice", "-n", ns, "-f", "-", input=DEPLOYMENT)
    d = kubectl.json("get", "deployment", "web", "-n", ns, "--show-managed-fields")
    managers = {m["manager"] for m in d["metadata"]["managedFields"]}
    assert "alice" in managers
    other = DEPLOYMENT.replace("replicas: 2", "replicas: 5")
    result = kubectl("apply", "--server-side", "--field-manager", "bob", "-n", ns, "-f", "-", input=other, check=False)
    assert result.returncode != 0
    assert "conflict" in result.stderr.lower() and ".spec.replicas" in result.stderr
    kubectl("apply", "--server-side", "--force-conflicts", "--field-manager", "bob", "-n", ns, "-f", "-", input=other)
    assert kubectl.json("get", "deployment", "web", "-n", ns)["spec"]["replicas"] == 5


def test_get_output_formats_and_selectors(kubectl):
    ns = new_namespace(kubectl)
    for i, tier in enumerate(["a", "b", "b"]):
        kubectl("create", "configmap", f"cm-{i}", "-n", ns, f"--from-literal=k={i}")
        kubectl("label", "configmap", f"cm-{i}", "-n", ns, f"tier={tier}")
    as_yaml = yaml.safe_load(kubectl("get", "configmap", "cm-0", "-n", ns, "-o", "yaml").stdout)
    assert as_yaml["data"] == {"k": "0"}
    names = kubectl("get", "configmaps", "-n", ns, "-l", "tier=b", "-o", "name").stdout.split()
    assert sorted(names) == ["configmap/cm-1", "configmap/cm-2"]
    names = kubectl("get", "configmaps", "-n", ns, "-l", "tier in (a),tier!=b", "-o", "name").stdout.split()
    assert names == ["configmap/cm-0"]
    names = kubectl("get", "configmaps", "-n", ns, "--field-selector", "metadata.name=cm-2", "-o", "name").stdout.split()
    assert names == ["configmap/cm-2"]
    table = kubectl("get", "configmaps", "-n", ns).stdout
    assert table.splitlines()[0].split()[:2] == ["NAME", "DATA"]
    everywhere = kubectl("get", "configmaps", "-A", "-o", "name").stdout.split()
    assert "configmap/cm-0" in everywhere


def test_every_patch_type(kubectl):
    ns = new_namespace(kubectl)
    kubectl("apply", "-n", ns, "-f", "-", input=DEPLOYMENT)
    kubectl("patch", "deployment", "web", "-n", ns, "--type", "merge", "-p", '{"metadata":{"labels":{"merged":"yes"}}}')
    kubectl("patch", "deployment", "web", "-n", ns, "--type", "json",
            "-p", '[{"op":"replace","path":"/spec/replicas","value":4}]')
    kubectl("patch", "deployment", "web", "-n", ns, "--type", "strategic",
            "-p", '{"spec":{"template":{"spec":{"containers":[{"name":"sidecar","image":"busybox"}]}}}}')
    d = kubectl.json("get", "deployment", "web", "-n", ns)
    assert d["metadata"]["labels"]["merged"] == "yes"
    assert d["spec"]["replicas"] == 4
    names = [c["name"] for c in d["spec"]["template"]["spec"]["containers"]]
    assert sorted(names) == ["nginx", "sidecar"]  # strategic merge keeps nginx, merges by name
    result = kubectl("patch", "deployment", "web", "-n", ns, "--type", "json",
                     "-p", '[{"op":"test","path":"/spec/replicas","value":99}]', check=False)
    assert result.returncode != 0


def test_replace_with_stale_resource_version_conflicts(kubectl):
    ns = new_namespace(kubectl)
    kubectl("create", "configmap", "c", "-n", ns, "--from-literal=a=1")
    stale = kubectl.json("get", "configmap", "c", "-n", ns)
    kubectl("patch", "configmap", "c", "-n", ns, "-p", '{"data":{"a":"2"}}')
    stale["data"]["a"] = "3"
    result = kubectl("replace", "-f", "-", input=json.dumps(stale), check=False)
    assert result.returncode != 0
    assert "the object has been modified" in result.stderr
    assert kubectl.json("get", "configmap", "c", "-n", ns)["data"]["a"] == "2"


def test_finalizers_hold_deletion(kubectl):
    ns = new_namespace(kubectl)
    kubectl("apply", "-n", ns, "-f", "-", input="""
apiVersion: v1
kind: ConfigMap
metadata: {name: held, finalizers: [thaw.dev/hold]}
data: {a: "1"}
""")
    kubectl("delete", "configmap", "held", "-n", ns, "--wait=false")
    obj = kubectl.json("get", "configmap", "held", "-n", ns)
    assert obj["metadata"]["deletionTimestamp"]
    kubectl("patch", "configmap", "held", "-n", ns, "--type", "merge", "-p", '{"metadata":{"finalizers":null}}')
    result = kubectl("get", "configmap", "held", "-n", ns, check=False)
    assert result.returncode != 0 and "NotFound" in result.stderr


def test_namespace_deletion_deletes_contents(kubectl):
    ns = new_namespace(kubectl)
    kubectl("create", "configmap", "inside", "-n", ns, "--from-literal=a=1")
    kubectl("delete", "namespace", ns, "--timeout=30s")
    result = kubectl("get", "namespace", ns, check=False)
    assert result.returncode != 0 and "NotFound" in result.stderr
    result = kubectl("get", "configmaps", "-n", ns, "-o", "name", check=False)
    assert result.stdout.strip() == ""


def test_scale_deployment(kubectl):
    ns = new_namespace(kubectl)
    kubectl("apply", "-n", ns, "-f", "-", input=DEPLOYMENT)
    kubectl("scale", "deployment", "web", "-n", ns, "--replicas", "7")
    assert kubectl.json("get", "deployment", "web", "-n", ns)["spec"]["replicas"] == 7
    scale = json.loads(kubectl("get", "--raw", f"/apis/apps/v1/namespaces/{ns}/deployments/web/scale").stdout)
    assert scale["kind"] == "Scale" and scale["spec"]["replicas"] == 7


def test_watch_streams_changes(kubectl, apiserver):
    ns = new_namespace(kubectl)
    kubectl("create", "configmap", "w", "-n", ns, "--from-literal=a=1")
    watcher = subprocess.Popen(
        ["kubectl", "--kubeconfig", apiserver.kubeconfig, "get", "configmaps", "-n", ns, "-w", "-o", "name",
         "--request-timeout", "20s"], stdout=subprocess.PIPE, text=True)
    try:
        assert watcher.stdout.readline().strip() == "configmap/w"
        kubectl("create", "configmap", "w2", "-n", ns, "--from-literal=a=1")
        assert watcher.stdout.readline().strip() == "configmap/w2"
    finally:
        watcher.kill()


CRD = """
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: widgets.e2e.thaw.dev}
spec:
  group: e2e.thaw.dev
  scope: Namespaced
  names: {plural: widgets, singular: widget, kind: Widget, shortNames: [wdg], categories: [all]}
  versions:
  - name: v1
    served: true
    storage: true
    subresources: {status: {}}
    additionalPrinterColumns:
    - {name: Size, type: integer, jsonPath: .spec.size}
    schema:
      openAPIV3Schema:
        type: object
        properties:
          spec:
            type: object
            required: [size]
            properties:
              size: {type: integer, minimum: 1}
          status:
            type: object
            properties:
              ready: {type: boolean}
"""


def test_custom_resources_with_status(kubectl, apiserver):
    ns = new_namespace(kubectl)
    kubectl("apply", "-f", "-", input=CRD)
    kubectl("wait", "--for", "condition=Established", "crd/widgets.e2e.thaw.dev", "--timeout=30s")
    unknown_field = """
apiVersion: e2e.thaw.dev/v1
kind: Widget
metadata: {name: w1}
spec: {size: 3, unknown: dropped}
"""
    strict = kubectl("apply", "-n", ns, "-f", "-", input=unknown_field, check=False)
    assert strict.returncode != 0 and 'unknown field "spec.unknown"' in strict.stderr  # fieldValidation=Strict
    kubectl("apply", "--validate=false", "-n", ns, "-f", "-", input=unknown_field)
    w = kubectl.json("get", "wdg", "w1", "-n", ns)
    assert w["spec"] == {"size": 3}  # pruned
    table = kubectl("get", "widgets", "-n", ns).stdout
    assert table.splitlines()[0].split() == ["NAME", "SIZE"]  # explicit columns replace the default Age
    bad = kubectl("apply", "-n", ns, "-f", "-", check=False, input="""
apiVersion: e2e.thaw.dev/v1
kind: Widget
metadata: {name: w2}
spec: {size: 0}
""")
    assert bad.returncode != 0 and "spec.size" in bad.stderr
    kubectl("patch", "widget", "w1", "-n", ns, "--subresource", "status", "--type", "merge",
            "-p", '{"status":{"ready":true}}')
    w = kubectl.json("get", "widget", "w1", "-n", ns)
    assert w["status"] == {"ready": True}
    assert w["metadata"]["generation"] == 1  # status writes do not bump generation

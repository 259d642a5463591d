"""The official Python client (`pip install kubernetes`) against `thaw apiserver`."""
import uuid

import pytest
from kubernetes import client, config, watch
from kubernetes.client.rest import ApiException


def api_client(server) -> client.ApiClient:
    return config.new_client_from_config(config_file=server.kubeconfig)


@pytest.fixture(scope="module")
def core(apiserver):
    return client.CoreV1Api(api_client(apiserver))


@pytest.fixture()
def namespace(core):
    name = "py-" + uuid.uuid4().hex[:8]
    core.create_namespace(client.V1Namespace(metadata=client.V1ObjectMeta(name=name)))
    return name


def config_map(name: str, value: str = "1", labels=None) -> client.V1ConfigMap:
    return client.V1ConfigMap(metadata=client.V1ObjectMeta(name=name, labels=labels), data={"v": value})


def test_create_get_list(core, namespace):
    created = core.create_namespaced_config_map(namespace, config_map("a", labels={"app": "x"}))
    assert created.metadata.uid and created.metadata.resource_version
    got = core.read_namespaced_config_map("a", namespace)
    assert got.data == {"v": "1"}
    listed = core.list_namespaced_config_map(namespace, label_selector="app=x")
    assert [c.metadata.name for c in listed.items] == ["a"]
    assert int(listed.metadata.resource_version) >= int(created.metadata.resource_version)


def test_not_found_and_already_exists(core, namespace):
    with pytest.raises(ApiException) as missing:
        core.read_namespaced_config_map("nope", namespace)
    assert missing.value.status == 404
    core.create_namespaced_config_map(namespace, config_map("dup"))
    with pytest.raises(ApiException) as duplicate:
        core.create_namespaced_config_map(namespace, config_map("dup"))
    assert duplicate.value.status == 409 and "AlreadyExists" in duplicate.value.body


def test_conflict_on_stale_update(core, namespace):
    first = core.create_namespaced_config_map(namespace, config_map("c"))
    core.patch_namespaced_config_map("c", namespace, {"data": {"v": "2"}})
    first.data = {"v": "3"}
    with pytest.raises(ApiException) as conflict:
        core.replace_namespaced_config_map("c", namespace, first)
    assert conflict.value.status == 409 and "Conflict" in conflict.value.body


def test_pagination(core, namespace):
    for i in range(25):
        core.create_namespaced_config_map(namespace, config_map(f"p-{i:02d}"))
    names, token, pages = [], None, 0
    while True:
        page = core.list_namespaced_config_map(namespace, limit=10, _continue=token)
        names += [c.metadata.name for c in page.items]
        pages += 1
        token = page.metadata._continue
        if not token:
            break
    assert pages == 3
    assert names == [f"p-{i:02d}" for i in range(25)]


def test_watch_resumes_from_resource_version(core, namespace):
    core.create_namespaced_config_map(namespace, config_map("w0"))
    listed = core.list_namespaced_config_map(namespace)
    rv = listed.metadata.resource_version
    core.create_namespaced_config_map(namespace, config_map("w1"))
    core.patch_namespaced_config_map("w1", namespace, {"data": {"v": "2"}})
    core.delete_namespaced_config_map("w0", namespace)
    seen = []
    w = watch.Watch()
    for event in w.stream(core.list_namespaced_config_map, namespace, resource_version=rv, timeout_seconds=5):
        seen.append((event["type"], event["object"].metadata.name))
        if len(seen) == 3:
            w.stop()
    assert seen == [("ADDED", "w1"), ("MODIFIED", "w1"), ("DELETED", "w0")]


def test_watch_too_old_resource_version_is_gone(small_history_apiserver):
    core = client.CoreV1Api(api_client(small_history_apiserver))
    ns = "gone-" + uuid.uuid4().hex[:6]
    core.create_namespace(client.V1Namespace(metadata=client.V1ObjectMeta(name=ns)))
    first = core.create_namespaced_config_map(ns, config_map("g"))
    for i in range(60):
        core.patch_namespaced_config_map("g", ns, {"data": {"v": str(i)}})
    with pytest.raises(ApiException) as gone:
        for _ in watch.Watch().stream(core.list_namespaced_config_map, ns,
                                      resource_version=first.metadata.resource_version, timeout_seconds=5):
            pass
    assert gone.value.status == 410


def test_custom_objects(apiserver, namespace):
    api = api_client(apiserver)
    ext = client.ApiextensionsV1Api(api)
    crd_name = "gadgets.py.thaw.dev"
    ext.create_custom_resource_definition({
        "apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
        "metadata": {"name": crd_name},
        "spec": {"group": "py.thaw.dev", "scope": "Namespaced",
                 "names": {"plural": "gadgets", "singular": "gadget", "kind": "Gadget"},
                 "versions": [{"name": "v1", "served": True, "storage": True,
                               "subresources": {"status": {}},
                               "schema": {"openAPIV3Schema": {"type": "object", "properties": {
                                   "spec": {"type": "object", "x-kubernetes-preserve-unknown-fields": True},
                                   "status": {"type": "object", "properties": {"phase": {"type": "string"}}}}}}}]}})
    custom = client.CustomObjectsApi(api)
    body = {"apiVersion": "py.thaw.dev/v1", "kind": "Gadget", "metadata": {"name": "g1"}, "spec": {"any": {"thing": 1}}}
    for attempt in range(50):  # the CRD becomes servable shortly after creation
        try:
            custom.create_namespaced_custom_object("py.thaw.dev", "v1", namespace, "gadgets", body)
            break
        except ApiException as e:
            if e.status != 404 or attempt == 49:
                raise
            import time
            time.sleep(0.1)
    got = custom.get_namespaced_custom_object("py.thaw.dev", "v1", namespace, "gadgets", "g1")
    assert got["spec"] == {"any": {"thing": 1}}
    custom.patch_namespaced_custom_object_status("py.thaw.dev", "v1", namespace, "gadgets", "g1",
                                                 {"status": {"phase": "Ready"}})
    listed = custom.list_namespaced_custom_object("py.thaw.dev", "v1", namespace, "gadgets")
    assert [i["status"]["phase"] for i in listed["items"]] == ["Ready"]
    custom.delete_namespaced_custom_object("py.thaw.dev", "v1", namespace, "gadgets", "g1")
    assert custom.list_namespaced_custom_object("py.thaw.dev", "v1", namespace, "gadgets")["items"] == []

"""Shared helpers for the apiserver benchmarks: build and start `thaw apiserver`, talk raw HTTP."""
import http.client
import json
import os
import socket
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def build_thaw():
    """Builds the release `thaw` binary and returns its path (THAW_BIN overrides: a prebuilt binary)."""
    if os.environ.get("THAW_BIN"):
        return os.environ["THAW_BIN"]
    subprocess.run(["swift", "build", "-c", "release", "--product", "thaw"], cwd=ROOT, check=True,
                   stdout=sys.stderr, stderr=sys.stderr)
    out = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout.strip()
    return os.path.join(out, "thaw")


def require_peers(name, kubectl=False, python_client=False):
    """Exits with a message naming what to install when a peer the benchmark measures is missing."""
    import importlib.util
    import shutil
    missing = []
    if kubectl and shutil.which("kubectl") is None:
        missing.append("kubectl (https://kubernetes.io/docs/tasks/tools/)")
    if python_client and importlib.util.find_spec("kubernetes") is None:
        missing.append("the official Python client (python3 -m pip install kubernetes)")
    if missing:
        sys.exit(f"hack/bench {name}: the peers it measures need " + " and ".join(missing))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A `thaw apiserver` child process on a free port."""

    def __init__(self, binary, extra=()):
        self.port = free_port()
        self.proc = subprocess.Popen([binary, "apiserver", "--port", str(self.port), "--log-level", "warning", *extra],
                                     stdout=subprocess.DEVNULL, stderr=sys.stderr)
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                c.request("GET", "/healthz")
                if c.getresponse().read() == b"ok":
                    return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("apiserver did not start")

    def rss_kib(self, field="VmHWM"):
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
        return 0

    def cpu_seconds(self):
        """User + system CPU time the server has used so far."""
        with open(f"/proc/{self.proc.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def request(conn, method, path, body=None, content_type="application/json"):
    headers = {}
    data = None
    if body is not None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        headers["Content-Type"] = content_type
    conn.request(method, path, body=data, headers=headers)
    resp = conn.getresponse()
    return resp.status, resp.read()


def config_map(name, namespace, size=1024):
    """A ConfigMap whose JSON is about `size` bytes."""
    value = "x" * 100
    data = {f"key{i}": value for i in range(max(1, (size - 200) // 110))}
    return {"apiVersion": "v1", "kind": "ConfigMap",
            "metadata": {"name": name, "namespace": namespace, "labels": {"app": "bench"}}, "data": data}


def percentile(values, p):
    if not values:
        return None
    s = sorted(values)
    k = min(len(s) - 1, max(0, int(round(p / 100.0 * (len(s) - 1)))))
    return s[k]

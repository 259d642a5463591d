"""Starts `thaw apiserver` for the end-to-end suites (kubectl and the official Python client).

The binary is `$THAW_BIN`, or `.build/debug/thaw` after `swift build`. Each server runs on a free
loopback port with its own kubeconfig, and is stopped at the end of the session.
"""
import json
import os
import pathlib
import socket
import subprocess
import tempfile
import time
import urllib.request

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class APIServer:
    """A running `thaw apiserver` process: its base URL and a kubeconfig pointing at it."""

    def __init__(self, *extra_args: str):
        binary = os.environ.get("THAW_BIN", str(ROOT / ".build" / "debug" / "thaw"))
        self.dir = tempfile.mkdtemp(prefix="thaw-e2e-")
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.kubeconfig = os.path.join(self.dir, "kubeconfig")
        self.log = open(os.path.join(self.dir, "apiserver.log"), "w")
        self.process = subprocess.Popen(
            [binary, "apiserver", "--port", str(self.port), "--kubeconfig-out", self.kubeconfig, *extra_args],
            stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=1) as r:
                    if r.status == 200 and os.path.exists(self.kubeconfig):
                        break
            except OSError:
                pass
            if self.process.poll() is not None:
                raise RuntimeError(f"thaw apiserver exited with {self.process.returncode}; log in {self.log.name}")
            if time.monotonic() > deadline:
                raise RuntimeError("thaw apiserver did not become healthy within 60 s")
            time.sleep(0.1)

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


@pytest.fixture(scope="session")
def apiserver():
    server = APIServer()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def small_history_apiserver():
    """A server that keeps only a short watch history, to provoke 410 Gone."""
    server = APIServer("--history", "20")
    yield server
    server.stop()


class Kubectl:
    """Runs kubectl against one server; `run` returns stdout and fails the test on a non-zero exit."""

    def __init__(self, kubeconfig: str):
        self.kubeconfig = kubeconfig

    def __call__(self, *args: str, input: str | None = None, check: bool = True) -> subprocess.CompletedProcess:
        result = subprocess.run(["kubectl", "--kubeconfig", self.kubeconfig, *args], input=input,
                                capture_output=True, text=True, timeout=60)
        if check and result.returncode != 0:
            raise AssertionError(f"kubectl {' '.join(args)} failed ({result.returncode}):\n{result.stderr}")
        return result

    def json(self, *args: str) -> dict:
        return json.loads(self(*args, "-o", "json").stdout)


@pytest.fixture(scope="session")
def kubectl(apiserver):
    return Kubectl(apiserver.kubeconfig)

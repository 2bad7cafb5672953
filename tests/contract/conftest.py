"""Prism (``@stoplight/prism-cli``, installed into node_modules by ``scripts/bootstrap``) for the contract tests.

* ``prism_proxy``: ``prism proxy openapi/dispatch-tickets.yaml <emulator>/v1`` in front of the session's
  emulator. The document's paths are relative to its server URL (``.../v1``) and Prism appends the
  request path to the upstream URL as it is, so clients use Prism's root (``http://127.0.0.1:PORT``, no
  ``/v1``) as their base URL and the upstream carries the ``/v1``. (``/v1/...`` on Prism would be
  forwarded as ``/v1/v1/...`` and flagged "Selected route not found".)
* ``prism_mock``: ``prism mock openapi/dispatch-tickets.yaml``, answering from the document's examples.
* ``target`` (overrides the one of ``tests/e2e/test_sdk_harness.py``): the SDK end-to-end functions send
  through the proxy, and a test fails if any response carried ``sl-violations``.

Each Prism process runs once per session on a free port, is waited for (bounded) until it answers, and
is terminated at teardown. Without ``node_modules/.bin/prism`` the tests skip with the reason.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from dispatch.testing import Emulator
from dispatch.testing.pytest_plugin import EmulatorSession
from tests.e2e.test_sdk_harness import Target

ROOT = Path(__file__).resolve().parents[2]
DOCUMENT = ROOT / "openapi" / "dispatch-tickets.yaml"
PRISM = ROOT / "node_modules" / ".bin" / "prism"
STARTUP_TIMEOUT = 60.0


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.contract)


@dataclass
class Prism:
    """A running Prism process: its URL and, for the report of a failure, its log file."""

    url: str
    log: Path
    process: subprocess.Popen[bytes]

    def tail(self, lines: int = 30) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start(args: list[str], log: Path) -> Prism:
    if not os.access(PRISM, os.X_OK):
        pytest.skip(f"Prism is not installed ({PRISM} is missing): run scripts/bootstrap (npm ci)")
    port = _free_port()
    with log.open("wb") as out:
        process = subprocess.Popen(
            [str(PRISM), *args, "--host", "127.0.0.1", "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
            start_new_session=True,
        )
    prism = Prism(f"http://127.0.0.1:{port}", log, process)
    deadline = time.monotonic() + STARTUP_TIMEOUT
    with httpx.Client(timeout=2.0, trust_env=False) as client:
        while True:
            if process.poll() is not None:
                pytest.fail(f"Prism exited with {process.returncode}:\n{prism.tail()}")
            try:
                client.get(prism.url + "/")  # any answer (a 404 with sl-violations) means it is up
                return prism
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                _stop(prism)
                pytest.fail(f"Prism did not answer within {STARTUP_TIMEOUT:.0f} s:\n{prism.tail()}")
            time.sleep(0.1)


def _stop(prism: Prism) -> None:
    if prism.process.poll() is None:
        prism.process.terminate()
        try:
            prism.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            prism.process.kill()
            prism.process.wait(timeout=10)


@pytest.fixture(scope="session")
def prism_proxy(
    dispatch_emulator_server: Emulator, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Prism]:
    """Prism validating every exchange between the SDK and the session's emulator."""
    log = tmp_path_factory.mktemp("prism") / "proxy.log"
    prism = _start(["proxy", str(DOCUMENT), dispatch_emulator_server.base_url], log)
    try:
        yield prism
    finally:
        _stop(prism)


@pytest.fixture(scope="session")
def prism_mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Prism]:
    """Prism answering from the document alone."""
    log = tmp_path_factory.mktemp("prism") / "mock.log"
    prism = _start(["mock", str(DOCUMENT)], log)
    try:
        yield prism
    finally:
        _stop(prism)


@pytest.fixture
def target(dispatch_emulator: EmulatorSession, prism_proxy: Prism) -> Iterator[Target]:
    """The SDK end-to-end tests' target, through Prism: no response may carry ``sl-violations``."""
    through = Target("prism", prism_proxy.url, dispatch_emulator)
    yield through
    assert through.responses > 0, "no response went through Prism"
    assert not through.violations, "Prism reported violations:\n" + "\n".join(through.violations)
